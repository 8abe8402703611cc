import type { JSONContent } from '@tiptap/core';
import { jsonAttribute } from './jsonAttribute';

/** A whole, non-negative number attribute (also written as text), or null when it is missing or not such a number. */
export function countAttribute(node: JSONContent, name: string): number | null {
  const value = jsonAttribute(node, name);
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : null;
}
