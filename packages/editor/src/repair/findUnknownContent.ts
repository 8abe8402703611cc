import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';
import { getEditorSchema } from '../editorSchema';
import type { DocumentShape } from '../shapes/documentShape';
import { reachableNodeNames } from '../shapes/reachableNodeNames';
import { isKnownElementName } from './isKnownElementName';
import { isKnownMarkKey } from './isKnownMarkKey';

/**
 * Tells from an update alone whether `repairDocument` could have anything to do, so that the server walks the
 * document only for updates that bring an unknown element or mark, content y-prosemirror cannot read, or new text
 * that may stand where only blocks belong. Ordinary typing and formatting never need the walk.
 *
 * Errs on the side of true, because a miss can crash every client (text among blocks makes y-prosemirror throw):
 * an unreadable update, formatting of another shared text, and new text whose textblock the update itself does
 * not create (the first letter typed into an empty paragraph) are all flagged; a walk over one protocol paragraph
 * is cheap.
 *
 * In a draft's shape, an element the shape does not hold (a protocol header, a beslutsgång) or any element at the
 * top level (a second block) is flagged too, for `enforceDraftShape`.
 */
export function findUnknownContent(
  update: Uint8Array | Pick<ReturnType<typeof Y.decodeUpdate>, 'structs'>,
  shape: DocumentShape = 'protocol',
): boolean {
  const schema = getEditorSchema();
  const inShape = shape === 'protocol' ? undefined : reachableNodeNames(getEditorSchema(shape));
  let structs: Array<Y.Item | Y.GC | Y.Skip>;
  try {
    // The server passes the update it already decoded, so each message is parsed once.
    ({ structs } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update);
  } catch {
    return true;
  }
  const items = structs.filter((struct): struct is Y.Item => struct instanceof Y.Item);

  // Items of one client arrive in clock order: a binary search per lookup keeps a whole-document update linear-ish
  // (a linear scan per lookup made a 4 MB upload cost half a minute of server CPU).
  const itemsByClient = new Map<number, Y.Item[]>();
  for (const item of items) {
    const list = itemsByClient.get(item.id.client);
    if (list) list.push(item);
    else itemsByClient.set(item.id.client, [item]);
  }
  const itemAt = (id: Y.ID): Y.Item | undefined => {
    const list = itemsByClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const item = list[middle] as Y.Item;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  };

  /** The parent of a decoded item: a root name, the item creating the parent, or undefined when not in the update. */
  const parentOf = (item: Y.Item, seen = new Set<Y.Item>()): string | Y.Item | undefined => {
    // Decoded items name their parent only when they have no neighbour; otherwise the neighbour's parent is theirs.
    const { parent } = item as unknown as { parent: unknown };
    if (typeof parent === 'string') return parent;
    if (parent instanceof Y.ID) return itemAt(parent);
    seen.add(item);
    for (const origin of [item.origin, item.rightOrigin]) {
      const neighbour = origin ? itemAt(origin) : undefined;
      if (neighbour && !seen.has(neighbour)) return parentOf(neighbour, seen);
    }
    return undefined;
  };

  const isTextOutsideTextblock = (item: Y.Item) => {
    const parent = parentOf(item);
    if (typeof parent === 'string') return parent === CONTENT_FRAGMENT;
    const element = parent?.content instanceof Y.ContentType ? parent.content.type : undefined;
    if (!(element instanceof Y.XmlElement)) return true;
    return schema.nodes[element.nodeName]?.inlineContent !== true;
  };

  return items.some((item) => {
    const { content } = item;
    if (content instanceof Y.ContentEmbed) return true;
    if (content instanceof Y.ContentFormat) {
      // A null value ends or removes formatting; only a value applies a mark.
      return content.value !== null && !isKnownMarkKey(content.key, schema);
    }
    if (!(content instanceof Y.ContentType)) return false;
    const { type } = content;
    if (type instanceof Y.XmlHook) return true;
    if (type instanceof Y.XmlElement) {
      if (!isKnownElementName(type.nodeName, schema)) return true;
      return inShape !== undefined && (!inShape.has(type.nodeName) || parentOf(item) === CONTENT_FRAGMENT);
    }
    return type instanceof Y.XmlText && isTextOutsideTextblock(item);
  });
}
