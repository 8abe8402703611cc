import type { RenderBlock, RenderBlockKind } from '@yttra/domain';

/** The first block of a kind, typed as that kind: exporters look up the page header and the header fields by kind. */
export function findBlock<K extends RenderBlockKind>(
  blocks: readonly RenderBlock[],
  kind: K,
): Extract<RenderBlock, { kind: K }> | undefined {
  return blocks.find((block): block is Extract<RenderBlock, { kind: K }> => block.kind === kind);
}
