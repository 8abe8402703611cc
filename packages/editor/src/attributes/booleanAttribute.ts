import type { Attribute } from '@tiptap/core';
import { dataAttributeName } from './dataAttributeName';

/** A yes/no field, written `data-x="true"` / `"false"` so that its absence in HTML means the default. */
export function booleanAttribute(name: string, fallback = false): Attribute {
  const htmlName = dataAttributeName(name);
  return {
    default: fallback,
    keepOnSplit: false,
    parseHTML: (element) => {
      const value = element.getAttribute(htmlName);
      return value === null ? fallback : value === 'true';
    },
    renderHTML: (attributes) => ({ [htmlName]: attributes[name] === true ? 'true' : 'false' }),
  };
}
