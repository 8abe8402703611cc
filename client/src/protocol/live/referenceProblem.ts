import { ADMINISTRATION_PROPOSAL, type ProposalBlock } from '@yttra/domain';

/**
 * Why a reference to a proposal cannot be phrased yet, or undefined when it can. A proposal without proposers would
 * read "förslaget från ." and is treated as not ready rather than printed so.
 */
export function referenceProblem(reference: string, proposals: readonly ProposalBlock[]): string | undefined {
  if (reference === '') return 'Inget förslag är valt.';
  if (reference === ADMINISTRATION_PROPOSAL) return undefined;
  const proposal = proposals.find((candidate) => candidate.id === reference);
  if (!proposal) return 'Det valda förslaget finns inte längre i dokumentet.';
  if (proposal.proposers.length === 0) return 'Det valda förslaget har inga förslagsställare ännu.';
  return undefined;
}
