export type TokenOp = { kind: 'equal' | 'removed' | 'added'; from: number; to: number };

/** Above this many cells the quadratic table is not worth it; the caller keeps the coarser answer. */
const MAX_CELLS = 4_000_000;

/**
 * The common subsequence of two token lists that keeps the most characters (so a shared word outweighs a shared
 * space) as edit operations over token indices (ranges in `older` for
 * 'equal' and 'removed', in `newer` for 'added'), or undefined when the lists are too long for it. Blocks are
 * paragraph-sized, so the plain dynamic programme (a few hundred tokens a side) is fast enough and exact.
 */
export function diffTokens(older: readonly string[], newer: readonly string[]): TokenOp[] | undefined {
  // Common ends first: most comparisons change a little in the middle of a block.
  let start = 0;
  while (start < older.length && start < newer.length && older[start] === newer[start]) start += 1;
  let endOld = older.length;
  let endNew = newer.length;
  while (endOld > start && endNew > start && older[endOld - 1] === newer[endNew - 1]) {
    endOld -= 1;
    endNew -= 1;
  }
  const rows = endOld - start;
  const columns = endNew - start;
  if (rows * columns > MAX_CELLS) return undefined;
  // lengths[i][j]: characters kept by the best common subsequence of older[start+i..] and newer[start+j..].
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      lengths[i * width + j] =
        older[start + i] === newer[start + j]
          ? (lengths[(i + 1) * width + j + 1] as number) + (older[start + i] as string).length
          : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
    }
  }
  const ops: TokenOp[] = [];
  const push = (kind: TokenOp['kind'], at: number) => {
    const last = ops.at(-1);
    if (last?.kind === kind && last.to === at) last.to = at + 1;
    else ops.push({ kind, from: at, to: at + 1 });
  };
  if (start > 0) ops.push({ kind: 'equal', from: 0, to: start });
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && older[start + i] === newer[start + j]) {
      push('equal', start + i);
      i += 1;
      j += 1;
    } else if (
      j < columns &&
      (i === rows || (lengths[i * width + j + 1] as number) >= (lengths[(i + 1) * width + j] as number))
    ) {
      push('added', start + j);
      j += 1;
    } else {
      push('removed', start + i);
      i += 1;
    }
  }
  if (endOld < older.length) ops.push({ kind: 'equal', from: endOld, to: older.length });
  return ops;
}
