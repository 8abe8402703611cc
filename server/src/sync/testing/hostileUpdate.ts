import fc from 'fast-check';
import * as Y from 'yjs';
import { type EditableUpdate, encodeEditable } from './encodeEditable';

/** A clock chosen to sit on the edges Yjs trusts: 0, the last known, the first unknown, far away. */
const edgeClock = (known: number) =>
  fc.oneof(
    fc.constant(0),
    fc.constant(Math.max(0, known - 1)),
    fc.constant(known),
    fc.integer({ min: 0, max: known + 3 }),
    fc.constant(2 ** 31),
    fc.constant(Number.MAX_SAFE_INTEGER - 1),
  );

/**
 * One mutation of a genuine update, chosen by fast-check: byte-level damage (flips, truncation, insertion,
 * huge lengths) or struct-level lies (references to missing or later structs, zero lengths, gaps, foreign
 * client ids, delete ranges of length 0 or beyond what exists, subdocuments). `clients` are client ids that
 * exist in the target document with their clocks, so references can hit real structs.
 */
export function hostileUpdate(genuine: Uint8Array, clients: ReadonlyMap<number, number>): fc.Arbitrary<Uint8Array> {
  const known = [...clients.entries()];
  const anyId = fc.oneof(
    ...(known.length > 0
      ? [fc.constantFrom(...known).chain(([client, clock]) => edgeClock(clock).map((c) => new Y.ID(client, c)))]
      : []),
    fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), edgeClock(4)).map(([client, clock]) => new Y.ID(client, clock)),
  );
  const byteLevel = fc.oneof(
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, value]) => (bytes: Uint8Array) => {
      const copy = bytes.slice();
      if (copy.length > 0) copy[at % copy.length] = value;
      return copy;
    }),
    fc.nat().map((at) => (bytes: Uint8Array) => bytes.slice(0, at % (bytes.length + 1))),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, extra]) => (bytes: Uint8Array) => {
      const cut = at % (bytes.length + 1);
      return concat(bytes.slice(0, cut), extra, bytes.slice(cut));
    }),
    fc.nat().map((at) => (bytes: Uint8Array) => {
      const cut = at % (bytes.length + 1);
      return concat(bytes.slice(0, cut), bytes.slice(cut + 1));
    }),
    fc.nat().map((at) => (bytes: Uint8Array) => {
      // A varuint of 2^35: a length or count far beyond the frame.
      const cut = at % (bytes.length + 1);
      return concat(bytes.slice(0, cut), new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x7f]), bytes.slice(cut + 1));
    }),
  );
  const structLevel = fc.oneof(
    fc.tuple(fc.nat(), anyId).map(([at, id]) => (update: EditableUpdate) => {
      const item = pickItem(update, at);
      if (item) item.origin = id;
    }),
    fc.tuple(fc.nat(), anyId).map(([at, id]) => (update: EditableUpdate) => {
      const item = pickItem(update, at);
      if (item) item.rightOrigin = id;
    }),
    fc.tuple(fc.nat(), anyId).map(([at, id]) => (update: EditableUpdate) => {
      const item = pickItem(update, at);
      if (!item) return;
      item.origin = null;
      item.rightOrigin = null;
      (item as unknown as { parent: unknown }).parent = id;
    }),
    fc.tuple(fc.nat(), fc.constantFrom('content', 'other', '')).map(([at, root]) => (update: EditableUpdate) => {
      const item = pickItem(update, at);
      if (!item) return;
      item.origin = null;
      item.rightOrigin = null;
      (item as unknown as { parent: unknown }).parent = root;
    }),
    fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(([at, shift]) => (update: EditableUpdate) => {
      const struct = update.structs[at % Math.max(1, update.structs.length)];
      if (struct) struct.id.clock = Math.max(0, struct.id.clock + shift);
    }),
    fc
      .tuple(fc.nat(), fc.oneof(...known.map(([client]) => fc.constant(client)), fc.nat()))
      .map(([at, client]) => (update: EditableUpdate) => {
        const struct = update.structs[at % Math.max(1, update.structs.length)];
        if (struct) struct.id.client = client;
      }),
    fc
      .tuple(fc.nat(), fc.constantFrom('empty', 'deleted0', 'deleted', 'doc', 'element', 'format', 'embed'))
      .map(([at, kind]) => (update: EditableUpdate) => {
        const item = pickItem(update, at);
        if (item) item.content = contentOf(kind);
      }),
    fc.nat().map((at) => (update: EditableUpdate) => {
      update.structs.splice(at % Math.max(1, update.structs.length), 1);
    }),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 })).map(([at, length]) => (update: EditableUpdate) => {
      const struct = update.structs[at % Math.max(1, update.structs.length)];
      if (struct)
        update.structs.splice(at % update.structs.length, 0, new Y.Skip(new Y.ID(struct.id.client, 0), length));
    }),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 })).map(([at, length]) => (update: EditableUpdate) => {
      const struct = update.structs[at % Math.max(1, update.structs.length)];
      if (struct) update.structs.splice(at % update.structs.length, 0, new Y.GC(new Y.ID(struct.id.client, 0), length));
    }),
    fc
      .tuple(anyId, fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.constant(2 ** 40)))
      .map(([id, len]) => (update: EditableUpdate) => {
        update.deletes.push({ client: id.client, clock: id.clock, len });
      }),
  );
  return fc.oneof(
    fc
      .array(byteLevel, { minLength: 1, maxLength: 3 })
      .map((mutations) => mutations.reduce((bytes, mutate) => mutate(bytes), genuine)),
    fc.array(structLevel, { minLength: 1, maxLength: 3 }).map((mutations) => {
      const update = editable(genuine);
      for (const mutate of mutations) mutate(update);
      return encodeEditable(update);
    }),
  );
}

function pickItem(update: EditableUpdate, at: number): Y.Item | undefined {
  const items = update.structs.filter((struct): struct is Y.Item => struct instanceof Y.Item);
  return items[at % Math.max(1, items.length)];
}

function contentOf(kind: string): Y.Item['content'] {
  switch (kind) {
    case 'empty':
      return new Y.ContentString('');
    case 'deleted0':
      return new Y.ContentDeleted(0);
    case 'deleted':
      return new Y.ContentDeleted(2);
    case 'doc':
      return new Y.ContentDoc(new Y.Doc());
    case 'element':
      return new Y.ContentType(new Y.XmlElement('paragraph'));
    case 'format':
      return new Y.ContentFormat('bold', true);
    default:
      return new Y.ContentEmbed({ image: 'x' });
  }
}

function editable(genuine: Uint8Array): EditableUpdate {
  const { structs, ds } = Y.decodeUpdate(genuine);
  const deletes: EditableUpdate['deletes'] = [];
  for (const [client, ranges] of ds.clients) for (const range of ranges) deletes.push({ client, ...range });
  return { structs, deletes };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
