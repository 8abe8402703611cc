import { Fragment, type Node } from '@tiptap/pm/model';
import { isSuggestionMark } from './isSuggestionMark';

const ZERO_WIDTH_SPACE = /\u200B/g;

/**
 * The document as it would be without `authorId`'s open suggestions: their suggested insertions gone, their
 * suggested deletions and changes unmarked, the zero-width spaces those marks anchor themselves with dropped, and
 * adjacent text of the same marks joined. Two documents that differ only by that author's suggestions are equal
 * (`Node.eq`) in this form; the server uses that to let a suggest-only connection add or withdraw its own
 * suggestions and nothing else.
 */
export function withoutSuggestionsBy(doc: Node, authorId: string): Node {
  return strip(doc, authorId) ?? doc.copy(Fragment.empty);
}

function strip(node: Node, authorId: string): Node | null {
  if (node.isText) {
    const own = node.marks.filter((mark) => isSuggestionMark(mark) && mark.attrs.authorId === authorId);
    if (own.length === 0) return node;
    if (own.some((mark) => mark.type.name === 'insertion')) return null;
    const text = (node.text ?? '').replace(ZERO_WIDTH_SPACE, '');
    if (text === '') return null;
    return node.type.schema.text(
      text,
      node.marks.filter((mark) => !own.includes(mark)),
    );
  }
  const children: Node[] = [];
  node.forEach((child) => {
    const stripped = strip(child, authorId);
    if (stripped === null) return;
    const last = children[children.length - 1];
    if (last?.isText && stripped.isText && last.sameMarkup(stripped)) {
      children[children.length - 1] = last.type.schema.text(`${last.text}${stripped.text}`, last.marks);
    } else {
      children.push(stripped);
    }
  });
  return node.copy(Fragment.fromArray(children));
}
