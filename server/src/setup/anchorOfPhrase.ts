import { type CommentAnchor, relativeAnchorInText } from '@yttra/editor';
import * as Y from 'yjs';

/** A comment anchor on the first occurrence of `phrase` in a Yjs document fragment; undefined when absent. */
export function anchorOfPhrase(fragment: Y.XmlFragment | Y.XmlElement, phrase: string): CommentAnchor | undefined {
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) {
      const text = child
        .toDelta()
        .map((part: { insert: unknown }) => (typeof part.insert === 'string' ? part.insert : ''))
        .join('');
      const index = text.indexOf(phrase);
      if (index !== -1) return relativeAnchorInText(child, index, phrase.length);
    } else if (child instanceof Y.XmlElement) {
      const found = anchorOfPhrase(child, phrase);
      if (found) return found;
    }
  }
  return undefined;
}
