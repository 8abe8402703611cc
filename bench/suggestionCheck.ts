// `pnpm bench:suggestions`: what the server's check of a suggest-only connection's updates (findSuggestionRefusal)
// costs per update, on the seed-sized protocol paragraph and on a party draft, against applying the update alone.
// Prints numbers; asserts nothing.
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { stockholmDistrictBoardTemplate } from '@yttra/domain';
import { seedParagraph } from '@yttra/domain/fixtures';
import { contentFromParagraph, getEditorSchema } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { findSuggestionRefusal, SuggestionChecker } from '@yttra/server';
import * as Y from 'yjs';

const UPDATES = Number(process.env.BENCH_UPDATES ?? 300);

function seedDocument(): Y.Doc {
  const doc = new Y.Doc();
  const content = contentFromParagraph(seedParagraph, stockholmDistrictBoardTemplate);
  prosemirrorJSONToYXmlFragment(getEditorSchema(), content, doc.getXmlFragment(CONTENT_FRAGMENT));
  return doc;
}

/** A party's draft: one proposal of five paragraphs. */
function draftDocument(): Y.Doc {
  const doc = new Y.Doc();
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const content = {
    type: 'doc',
    content: Array.from({ length: 5 }, (_, index) =>
      paragraph(`Stycke ${index + 1}: nämnden vill ha fasta lokala arbetsgrupper med polis, skola och socialtjänst.`),
    ),
  };
  prosemirrorJSONToYXmlFragment(getEditorSchema(), content, doc.getXmlFragment(CONTENT_FRAGMENT));
  return doc;
}

/** The longest text in the document: where the suggester types. */
function longestText(doc: Y.Doc): Y.XmlText {
  let longest: Y.XmlText | undefined;
  for (const node of doc.getXmlFragment(CONTENT_FRAGMENT).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlText && node.length > (longest?.length ?? -1)) longest = node;
  }
  if (!longest) throw new Error('no text');
  return longest;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function measure(name: string, doc: Y.Doc): void {
  // The suggester's replica: every keystroke a one-character suggested insertion, as the editor sends it.
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  const text = longestText(replica);
  const mark = { id: 'sbench', authorId: 'l', authorName: 'Lena Liberal', createdAt: Date.now() };
  // As a loaded document does: one checker, its shadow following every change.
  const checker = new SuggestionChecker(doc);
  doc.on('update', (bytes: Uint8Array) => checker.follow(bytes));
  const checks: number[] = [];
  const oneOff: number[] = [];
  const applies: number[] = [];
  let refused = 0;
  for (let index = 0; index < UPDATES; index++) {
    let update: Uint8Array | undefined;
    const capture = (bytes: Uint8Array) => {
      update = bytes;
    };
    replica.on('update', capture);
    text.insert(Math.floor(text.length / 2), 'x', { insertion: mark });
    replica.off('update', capture);
    if (index % 10 === 0) {
      // Without the shadow: a fresh copy of the document for the one check.
      const copyStarted = performance.now();
      findSuggestionRefusal(doc, update as Uint8Array, 'l');
      oneOff.push(performance.now() - copyStarted);
    }
    const started = performance.now();
    if (checker.check(update as Uint8Array, 'l') !== null) refused += 1;
    checks.push(performance.now() - started);
    const applyStarted = performance.now();
    Y.applyUpdate(doc, update as Uint8Array);
    applies.push(performance.now() - applyStarted);
  }
  // A direct edit, refused: costs the same walk.
  let direct: Uint8Array | undefined;
  replica.once('update', (bytes: Uint8Array) => {
    direct = bytes;
  });
  text.insert(0, 'y');
  const directStarted = performance.now();
  const directRefused = checker.check(direct as Uint8Array, 'l') !== null;
  const directMs = performance.now() - directStarted;
  checks.sort((a, b) => a - b);
  oneOff.sort((a, b) => a - b);
  applies.sort((a, b) => a - b);
  const state = Y.encodeStateAsUpdate(doc).byteLength;
  console.log(
    `${name}: ${UPDATES} suggested keystrokes, document ${(state / 1024).toFixed(1)} KiB; check per update ` +
      `p50 ${percentile(checks, 50).toFixed(2)} ms, p95 ${percentile(checks, 95).toFixed(2)} ms, ` +
      `max ${(checks.at(-1) ?? 0).toFixed(2)} ms (copying the document per check instead: p50 ${percentile(oneOff, 50).toFixed(2)} ms); applying the update alone p50 ${percentile(applies, 50).toFixed(3)} ms; ` +
      `${refused} of the suggestions refused (expected 0); a direct edit refused: ${directRefused} in ${directMs.toFixed(2)} ms`,
  );
  checker.destroy();
  replica.destroy();
}

measure('seed paragraph (HL 2019/310 § 6)', seedDocument());
measure('party draft (5 paragraphs)', draftDocument());
