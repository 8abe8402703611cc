import type { Node } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getEditorSchema } from '../editorSchema';
import { isSuggestionMark } from './isSuggestionMark';
import { listSuggestions } from './listSuggestions';
import type { SuggestionAuthor } from './SuggestionAuthor';
import { decideSuggestions } from './suggestionCommands';
import { suggestTransaction } from './suggestTransaction';
import { withoutSuggestionsBy } from './withoutSuggestionsBy';

const schema = getEditorSchema();
/** Kept small for the default suite on a shared machine; YTTRA_PROPERTY_RUNS raises it for a longer search. */
const RUNS = Number(process.env.YTTRA_PROPERTY_RUNS ?? 60);
/**
 * One seed for the default suite, so CI runs the same cases every time; YTTRA_PROPERTY_SEED picks another, or
 * "random" a new one per run. (Seed 1627839751, path "49:6:6:6:6:7:4:9:12:13:16:16:17:17:17:19", once looked like
 * a convergence failure: one round of syncing left the format cleanup that receiving replicas write unsent.)
 */
const SEED_SETTING = process.env.YTTRA_PROPERTY_SEED ?? '20261202';
const SEED = SEED_SETTING === 'random' ? {} : { seed: Number(SEED_SETTING) };
const START = 'Nämnden bifaller förslaget om lokala arbetsgrupper.';
const AUTHORS: SuggestionAuthor[] = [
  { id: 'm', name: 'Maria M' },
  { id: 'l', name: 'Lena L' },
  { id: 'c', name: 'Carl C' },
];

const startDoc = () =>
  schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: START }] }] });

/** One edit on one replica; positions are fractions of what that replica reads now. */
type Op =
  | { kind: 'insert'; replica: number; at: number; text: string }
  | { kind: 'delete'; replica: number; at: number; length: number }
  | { kind: 'decide'; replica: number; decision: 'accept' | 'reject'; pick: number }
  | { kind: 'sync'; from: number; to: number };

const replica = fc.integer({ min: 0, max: 2 });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const word = fc.string({ unit: fc.constantFrom(...'abc xyzåäö'), minLength: 1, maxLength: 4 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), replica, at: fraction, text: word }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      replica,
      at: fraction,
      length: fc.integer({ min: 1, max: 5 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('decide' as const),
      replica,
      decision: fc.constantFrom('accept' as const, 'reject' as const),
      pick: fraction,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: replica, to: replica }) },
);

/** Positions in the paragraph's text: from 1 (its start) to its end. */
function position(doc: Node, at: number): number {
  const paragraph = doc.firstChild as Node;
  return 1 + Math.round(at * paragraph.content.size);
}

/** Runs `change` on the replica's content as ProseMirror sees it and writes the result back to Yjs. */
function edit(ydoc: Y.Doc, change: (state: EditorState) => Transaction | null): void {
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
  const { doc, meta } = initProseMirrorDoc(fragment, schema);
  const tr = change(EditorState.create({ schema, doc }));
  if (!tr?.docChanged) return;
  ydoc.transact(() => updateYFragment(ydoc, fragment, tr.doc, meta));
}

function read(ydoc: Y.Doc): Node {
  return initProseMirrorDoc(ydoc.getXmlFragment(CONTENT_FRAGMENT), schema).doc;
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/**
 * Syncs every replica with every other until none changes: a replica that receives formatting writes its own
 * clean-up of redundant format marks (Yjs does), which the others must receive too, as a provider would send it.
 */
function syncAll(replicas: Y.Doc[]): void {
  let changes = 1;
  const count = () => {
    changes += 1;
  };
  for (const ydoc of replicas) ydoc.on('update', count);
  for (let round = 0; changes > 0 && round < 10; round++) {
    changes = 0;
    for (const from of replicas) for (const to of replicas) if (from !== to) sync(from, to);
  }
  for (const ydoc of replicas) ydoc.off('update', count);
  expect(changes).toBe(0);
}

function apply(replicas: Y.Doc[], operation: Op): void {
  if (operation.kind === 'sync') {
    sync(replicas[operation.from] as Y.Doc, replicas[operation.to] as Y.Doc);
    return;
  }
  const ydoc = replicas[operation.replica] as Y.Doc;
  const author = AUTHORS[operation.replica] as SuggestionAuthor;
  edit(ydoc, (state) => {
    if (operation.kind === 'decide') {
      const open = listSuggestions(state.doc);
      const chosen = open[Math.floor(operation.pick * open.length)];
      if (!chosen) return null;
      let decided: Transaction | null = null;
      decideSuggestions(operation.decision, { ids: [chosen.id] })(state, (tr) => {
        decided = tr;
      });
      return decided;
    }
    const from = position(state.doc, operation.at);
    const tr =
      operation.kind === 'insert'
        ? state.tr.insertText(operation.text, from)
        : state.tr.delete(from, Math.min(from + operation.length, position(state.doc, 1)));
    return tr.docChanged ? suggestTransaction(tr, state, author) : null;
  });
}

describe('suggestions on concurrent replicas', () => {
  it('converge whatever suggestions, accepts, rejects and partial syncs happen, and ids never collide', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const seed = new Y.Doc();
        edit(seed, (state) => state.tr.replaceWith(0, state.doc.content.size, startDoc().content));
        const replicas = AUTHORS.map((_, index) => {
          const ydoc = new Y.Doc();
          ydoc.clientID = index + 1;
          Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(seed));
          return ydoc;
        });
        for (const operation of ops) apply(replicas, operation);
        syncAll(replicas);

        const docs = replicas.map(read);
        expect(docs[1]?.toJSON()).toEqual(docs[0]?.toJSON());
        expect(docs[2]?.toJSON()).toEqual(docs[0]?.toJSON());
        // Every suggestion has an author, and an id belongs to one author only.
        const authorOf = new Map<string, string>();
        docs[0]?.descendants((node) => {
          for (const mark of node.marks.filter(isSuggestionMark)) {
            expect(mark.attrs.authorId).not.toBeNull();
            const known = authorOf.get(mark.attrs.id) ?? mark.attrs.authorId;
            expect(known).toBe(mark.attrs.authorId);
            authorOf.set(mark.attrs.id, mark.attrs.authorId);
          }
        });
        for (const ydoc of [seed, ...replicas]) ydoc.destroy();
      }),
      { numRuns: RUNS, ...SEED },
    );
  }, 120_000);
});

/** An edit in the coordinates of the text as it reads with every suggestion accepted. */
type DirectOp = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number };

/** Document positions of the characters that remain once every suggestion is accepted, and the end of the text. */
function acceptedPositions(doc: Node): number[] {
  const positions: number[] = [];
  let end = 1;
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const deleted = node.marks.some((mark) => mark.type.name === 'deletion');
    const text = node.text ?? '';
    for (let index = 0; index < text.length; index++) {
      if (!deleted && text[index] !== '\u200B') positions.push(pos + index);
    }
    end = pos + node.nodeSize;
    return false;
  });
  positions.push(end);
  return positions;
}

describe('accepting every suggestion', () => {
  it('gives the same document as making the edits directly', () => {
    const directOp: fc.Arbitrary<DirectOp> = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fraction, text: word }),
      fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 6 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(directOp, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 25 }),
        (ops) => {
          let direct = EditorState.create({ schema, doc: startDoc() });
          let suggested = EditorState.create({ schema, doc: startDoc() });
          for (const [operation, who] of ops) {
            const length = direct.doc.textContent.length;
            const index = Math.min(Math.floor(operation.at * (length + 1)), length);
            const map = acceptedPositions(suggested.doc);
            if (operation.kind === 'insert') {
              direct = direct.apply(direct.tr.insertText(operation.text, 1 + index));
              const tr = suggested.tr.insertText(operation.text, map[index] as number);
              suggested = suggested.apply(suggestTransaction(tr, suggested, AUTHORS[who] as SuggestionAuthor));
            } else {
              const last = Math.min(index + operation.length, length);
              if (last <= index) continue;
              direct = direct.apply(direct.tr.delete(1 + index, 1 + last));
              const tr = suggested.tr.delete(map[index] as number, (map[last - 1] as number) + 1);
              suggested = suggested.apply(suggestTransaction(tr, suggested, AUTHORS[who] as SuggestionAuthor));
            }
          }
          // What the suggestions leave untouched is the starting text, for every author alike.
          let original = suggested.doc;
          for (const author of AUTHORS) original = withoutSuggestionsBy(original, author.id);
          expect(original.textContent).toBe(START);
          decideSuggestions('accept', 'all')(suggested, (tr) => {
            suggested = suggested.apply(tr);
          });
          expect(suggested.doc.toJSON()).toEqual(direct.doc.toJSON());
        },
      ),
      { numRuns: RUNS * 2, ...SEED },
    );
  }, 120_000);
});
