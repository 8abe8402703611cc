import type { Attribute } from '@tiptap/core';
import { dataAttributeName } from './dataAttributeName';

/**
 * A number that may be unknown (null), such as a paragraph number not yet assigned or a vote count to be taken from
 * the named list. Null is left out of the HTML, and whatever is not a whole number reads back as null.
 */
export function nullableNumberAttribute(name: string): Attribute {
  const htmlName = dataAttributeName(name);
  return {
    default: null,
    keepOnSplit: false,
    parseHTML: (element) => {
      const value = element.getAttribute(htmlName);
      if (value === null || value.trim() === '') return null;
      const number = Number(value);
      return Number.isInteger(number) ? number : null;
    },
    renderHTML: (attributes) => {
      const value = attributes[name];
      return typeof value === 'number' ? { [htmlName]: String(value) } : {};
    },
  };
}
