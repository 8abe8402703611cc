import type { Attribute } from '@tiptap/core';
import { dataAttributeName } from './dataAttributeName';

/** A field with a fixed set of values; anything else read from HTML falls back to the default. */
export function choiceAttribute<Value extends string>(
  name: string,
  values: readonly Value[],
  fallback: Value,
): Attribute {
  const htmlName = dataAttributeName(name);
  return {
    default: fallback,
    keepOnSplit: false,
    parseHTML: (element) => {
      const value = element.getAttribute(htmlName);
      return values.includes(value as Value) ? value : fallback;
    },
    renderHTML: (attributes) => ({ [htmlName]: String(attributes[name] ?? fallback) }),
  };
}
