import type { CompareBlock } from '@yttra/api';
import { refineSegments } from './refineSegments';

/** How much of the longer text two blocks must share to be read as one block rewritten. */
const MIN_SHARED = 0.5;

/**
 * A block removed next to an added block of the same type and depth is, more often than not, one block rewritten
 * as a new struct (a restore, a server rewrite of the paragraph): shown as one block with its words compared, when
 * they share at least half their text. Runs of removed and added blocks are paired in order.
 */
export function pairRewrittenBlocks(blocks: readonly CompareBlock[]): CompareBlock[] {
  const result: CompareBlock[] = [];
  let index = 0;
  while (index < blocks.length) {
    const first = blocks[index] as CompareBlock;
    if (first.change === null) {
      result.push(first);
      index += 1;
      continue;
    }
    const firstRun = runOf(blocks, index, first.change);
    const secondRun = runOf(blocks, index + firstRun.length, first.change === 'added' ? 'removed' : 'added');
    const removed = first.change === 'removed' ? firstRun : secondRun;
    const added = first.change === 'removed' ? secondRun : firstRun;
    const paired = new Set<CompareBlock>();
    const merged = new Map<CompareBlock, CompareBlock>();
    for (let at = 0; at < Math.min(removed.length, added.length); at++) {
      const older = removed[at] as CompareBlock;
      const newer = added[at] as CompareBlock;
      if (older.type !== newer.type || older.depth !== newer.depth) continue;
      const segments = refineSegments([...older.segments, ...newer.segments]);
      const shared = segments.filter((s) => s.change === null).reduce((sum, s) => sum + s.text.length, 0);
      const longer = Math.max(textLength(older), textLength(newer));
      if (longer > 0 && shared / longer < MIN_SHARED) continue;
      paired.add(older).add(newer);
      merged.set(older, { type: older.type, depth: older.depth, change: null, segments });
    }
    // The merged block stands where its older side stood; unpaired ones keep their place.
    for (const block of [...firstRun, ...secondRun]) {
      const replacement = merged.get(block);
      if (replacement) result.push(replacement);
      else if (!paired.has(block)) result.push(block);
    }
    index += firstRun.length + secondRun.length;
  }
  return result;
}

function runOf(blocks: readonly CompareBlock[], from: number, change: 'added' | 'removed'): CompareBlock[] {
  const run: CompareBlock[] = [];
  for (let at = from; at < blocks.length && blocks[at]?.change === change; at++) run.push(blocks[at] as CompareBlock);
  return run;
}

function textLength(block: CompareBlock): number {
  return block.segments.reduce((sum, segment) => sum + segment.text.length, 0);
}
