import type { JSONContent } from '@tiptap/core';

/** The child nodes of a JSON node, tolerating anything: content that is missing, not a list, or holds non-objects. */
export function jsonChildren(node: unknown): JSONContent[] {
  if (typeof node !== 'object' || node === null) return [];
  const { content } = node as { content?: unknown };
  if (!Array.isArray(content)) return [];
  return content.filter((child): child is JSONContent => typeof child === 'object' && child !== null);
}
