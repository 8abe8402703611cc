import type { ChangeKind, CompareBlock } from '@yttra/api';
import { formatPerson } from '@yttra/domain';
import { getEditorSchema } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';
import type { AuthorLookup } from './authorLookup';
import { pairRewrittenBlocks } from './pairRewrittenBlocks';
import { refineSegments } from './refineSegments';

export interface StateComparison {
  blocks: CompareBlock[];
  /** Authors of shown changes, in order of first appearance. */
  authorIds: string[];
  changes: number;
}

interface Walk {
  older: Y.Snapshot;
  newer: Y.Snapshot;
  authorOf: AuthorLookup;
  blocks: CompareBlock[];
}

type Segment = CompareBlock['segments'][number];

/**
 * Compares two states of a document (each Y.encodeStateAsUpdate of a garbage-collected document, `older` first)
 * the way y-prosemirror renders snapshots: both are applied into one scratch document without garbage collection,
 * so the union holds every struct either side can see, and each struct is shown as kept, added (visible only in
 * the newer) or removed (visible only in the older). Content inserted and deleted between the two was collected in
 * both and is rightly absent. Who added or removed a struct comes from the authorship ranges, by its Yjs id.
 */
export function compareStates(older: Uint8Array, newer: Uint8Array, authorOf: AuthorLookup): StateComparison {
  const walk: Walk = { older: snapshotOf(older), newer: snapshotOf(newer), authorOf, blocks: [] };
  const union = new Y.Doc({ gc: false });
  Y.applyUpdate(union, older);
  Y.applyUpdate(union, newer);
  walkChildren(walk, union.getXmlFragment(CONTENT_FRAGMENT), 0, null);
  union.destroy();
  walk.blocks = pairRewrittenBlocks(walk.blocks);
  const authorIds: string[] = [];
  let changes = 0;
  for (const block of walk.blocks) {
    for (const segment of block.segments) {
      if (segment.change === null) continue;
      changes += 1;
      if (segment.authorId !== null && !authorIds.includes(segment.authorId)) authorIds.push(segment.authorId);
    }
  }
  return { blocks: walk.blocks, authorIds, changes };
}

function snapshotOf(state: Uint8Array): Y.Snapshot {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const snapshot = Y.snapshot(doc);
  doc.destroy();
  return snapshot;
}

function visible(item: Y.Item, snapshot: Y.Snapshot): boolean {
  const clock = snapshot.sv.get(item.id.client);
  return clock !== undefined && clock > item.id.clock && !Y.isDeleted(snapshot.ds, item.id);
}

/** Kept (null), added or removed; undefined when neither side shows the struct. */
function changeOf(walk: Walk, item: Y.Item): ChangeKind | null | undefined {
  const inOlder = visible(item, walk.older);
  const inNewer = visible(item, walk.newer);
  if (inOlder && inNewer) return null;
  if (inNewer) return 'added';
  if (inOlder) return 'removed';
  return undefined;
}

function walkChildren(walk: Walk, parent: Y.XmlFragment | Y.XmlElement, depth: number, inherited: ChangeKind | null) {
  for (let item = parent._start; item !== null; item = item.right) {
    const own = changeOf(walk, item);
    if (own === undefined || !(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type;
    if (!(type instanceof Y.XmlElement)) continue;
    const change = inherited ?? own;
    const nodeType = getEditorSchema().nodes[type.nodeName];
    if (nodeType?.isTextblock) {
      const segments = textSegments(walk, type, change, item);
      walk.blocks.push({
        type: type.nodeName,
        depth,
        change,
        segments: change === null ? refineSegments(segments) : segments,
      });
    } else if (nodeType?.isAtom || nodeType?.isLeaf) {
      walk.blocks.push({ type: type.nodeName, depth, change, segments: atomSegments(walk, type, change, item) });
    } else {
      walkChildren(walk, type, depth + 1, change);
    }
  }
}

/** The text of a block with its changes, adjacent pieces of one kind and author joined. */
function textSegments(walk: Walk, block: Y.XmlElement, change: ChangeKind | null, item: Y.Item): Segment[] {
  const segments: Segment[] = [];
  const blockAuthor = change === null ? null : authorOfChange(walk, change, item);
  for (let child = block._start; child !== null; child = child.right) {
    if (changeOf(walk, child) === undefined || !(child.content instanceof Y.ContentType)) continue;
    const type = child.content.type;
    if (type instanceof Y.XmlText) {
      const delta = type.toDelta(walk.newer, walk.older, (kind: ChangeKind, id: Y.ID) => ({
        type: kind,
        author: walk.authorOf(kind === 'added' ? 'insert' : 'delete', id),
      })) as { insert: unknown; attributes?: { ychange?: { type: ChangeKind; author: string | null } } }[];
      for (const op of delta) {
        if (typeof op.insert !== 'string') continue;
        const ychange = op.attributes?.ychange;
        if (change !== null) push(segments, { text: op.insert, change, authorId: blockAuthor });
        else push(segments, { text: op.insert, change: ychange?.type ?? null, authorId: ychange?.author ?? null });
      }
    } else if (type instanceof Y.XmlElement && type.nodeName === 'hardBreak') {
      push(segments, { text: '\n', change, authorId: blockAuthor });
    }
  }
  return segments;
}

/**
 * An atom block (the header, a person, a decision sentence) shown as its attributes read; when they differ between
 * the two sides, the older reading is removed and the newer added (attributes are last-writer-wins, so the writer
 * of a change is not in the authorship ranges: it stays unnamed).
 */
function atomSegments(walk: Walk, atom: Y.XmlElement, change: ChangeKind | null, item: Y.Item): Segment[] {
  const olderText = atomText(atom.nodeName, Y.typeMapGetAllSnapshot(atom, walk.older));
  const newerText = atomText(atom.nodeName, Y.typeMapGetAllSnapshot(atom, walk.newer));
  if (change !== null) {
    return [{ text: change === 'added' ? newerText : olderText, change, authorId: authorOfChange(walk, change, item) }];
  }
  if (olderText === newerText) return [{ text: newerText, change: null, authorId: null }];
  return [
    { text: olderText, change: 'removed', authorId: null },
    { text: newerText, change: 'added', authorId: null },
  ].filter((segment) => segment.text !== '') as Segment[];
}

function atomText(nodeName: string, attributes: Record<string, unknown>): string {
  const text = (key: string) => (typeof attributes[key] === 'string' ? (attributes[key] as string) : '');
  if (nodeName === 'person') {
    const role = text('role');
    return formatPerson({
      name: text('name'),
      party: text('party'),
      andOthers: attributes.andOthers === true || attributes.andOthers === 'true',
      ...(role ? { role } : {}),
    });
  }
  // Other atoms: their readable attributes (ids and embedded JSON left out), in a stable order.
  return (
    Object.keys(attributes)
      .sort()
      .filter((key) => !/id$/i.test(key))
      .map((key) => attributes[key])
      .filter(
        (value): value is string | number => typeof value === 'number' || (typeof value === 'string' && value !== ''),
      )
      .map(String)
      // Embedded JSON and internal codes (a decision sentence's `approveReportAsReply`) are not for readers.
      .filter((value) => !value.startsWith('{') && !value.startsWith('[') && !/^[a-z]+(?:[A-Z][a-z]*)+$/.test(value))
      .join(' · ')
  );
}

function authorOfChange(walk: Walk, change: ChangeKind, item: Y.Item): string | null {
  return walk.authorOf(change === 'added' ? 'insert' : 'delete', item.id);
}

function push(segments: Segment[], segment: Segment): void {
  if (segment.text === '') return;
  const last = segments.at(-1);
  if (last && last.change === segment.change && last.authorId === segment.authorId) last.text += segment.text;
  else segments.push({ ...segment });
}
