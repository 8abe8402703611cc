import type { CompareBlock } from '@yttra/api';
import { diffTokens } from './diffTokens';

type Segment = CompareBlock['segments'][number];

interface Token {
  text: string;
  authorId: string | null;
}

/**
 * Words, runs of spaces and single other characters: a change reads as whole words, and since the comparison keeps
 * the most characters, a shared word outweighs a shared space.
 */
const TOKEN = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;

/**
 * Refines a block's Yjs-level changes (which struct was added, which removed) where they overlap: within each run
 * of changes between kept text, the removed and the added text are compared word by word, so re-inserted text that
 * reads as before — a restore writes new structs for old words — shows as unchanged. Kept text stays kept, and each
 * remaining change keeps its author: an addition the author of its new text, a removal whoever deleted it.
 */
export function refineSegments(segments: readonly Segment[]): Segment[] {
  const pieces = segments.map((segment) => ({ ...segment }));
  const refined: Segment[] = [];
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index] as Segment;
    if (piece.change === null) {
      push(refined, piece);
      index += 1;
      continue;
    }
    let end = index;
    while (end < pieces.length && pieces[end]?.change !== null) end += 1;
    const run = pieces.slice(index, end);
    // A run that starts or ends inside a word is compared with the rest of that word on both sides: a restore's
    // new "bostäde" + kept "r" then matches the old "bostäder".
    const before = refined.at(-1);
    const after = pieces[end];
    const head = before?.change === null ? (WORD_END.exec(before.text)?.[0] ?? '') : '';
    const tail = after?.change === null ? (WORD_START.exec(after.text)?.[0] ?? '') : '';
    if (before && head) before.text = before.text.slice(0, before.text.length - head.length);
    if (after && tail) after.text = after.text.slice(tail.length);
    if (before?.text === '') refined.pop();
    for (const segment of compareRun(run, head, tail)) push(refined, segment);
    index = end;
  }
  return refined.filter((segment) => segment.text !== '');
}

const WORD_END = /[\p{L}\p{N}_]+$/u;
const WORD_START = /^[\p{L}\p{N}_]+/u;

function compareRun(run: readonly Segment[], head: string, tail: string): readonly Segment[] {
  const kept = (text: string): Segment => ({ text, change: null, authorId: null });
  if (!run.some((segment) => segment.change === 'added') || !run.some((segment) => segment.change === 'removed')) {
    return [kept(head), ...run, kept(tail)];
  }
  const older = tokens([kept(head), ...run.filter((segment) => segment.change === 'removed'), kept(tail)]);
  const newer = tokens([kept(head), ...run.filter((segment) => segment.change === 'added'), kept(tail)]);
  const ops = diffTokens(
    older.map((token) => token.text),
    newer.map((token) => token.text),
  );
  // Too long to compare word by word: the Yjs-level changes are still right, only coarser.
  if (!ops) return [kept(head), ...run, kept(tail)];
  const compared: Segment[] = [];
  for (const op of ops) {
    const source = op.kind === 'added' ? newer : older;
    for (let index = op.from; index < op.to; index++) {
      const token = source[index] as Token;
      const change = op.kind === 'equal' ? null : op.kind;
      push(compared, { text: token.text, change, authorId: change === null ? null : token.authorId });
    }
  }
  return compared;
}

/** The tokens of one side's changed text. */
function tokens(segments: readonly Segment[]): Token[] {
  const text = segments.map((segment) => segment.text).join('');
  const authors: (string | null)[] = [];
  for (const segment of segments) {
    for (let index = 0; index < segment.text.length; index++) authors.push(segment.authorId);
  }
  // A token joining the kept rest of a word to changed text is its changed characters' author's.
  return [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    authorId: authors.slice(match.index, match.index + match[0].length).find((author) => author !== null) ?? null,
  }));
}

function push(segments: Segment[], segment: Segment): void {
  const last = segments.at(-1);
  if (last && last.change === segment.change && last.authorId === segment.authorId) last.text += segment.text;
  else segments.push({ ...segment });
}
