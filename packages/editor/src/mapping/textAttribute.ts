import type { JSONContent } from '@tiptap/core';
import { jsonAttribute } from './jsonAttribute';

/** A text attribute, trimmed; numbers are written out (an old client may have stored one), anything else is ''. */
export function textAttribute(node: JSONContent, name: string): string {
  const value = jsonAttribute(node, name);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
