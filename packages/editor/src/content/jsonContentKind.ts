import type { JSONContent } from '@tiptap/core';
import { type ContentKind, statementKinds } from '@yttra/domain';
import { procedureBlockTypes } from '../nodes/ProcedureBlock';

/**
 * A procedure block's kind from its stored JSON, read leniently: a block still being filled in is not valid yet, but
 * it already belongs in its section. Written proposals are only mentioned, so they have none.
 */
function procedureContentKind(json: unknown): ContentKind | undefined {
  let block: unknown;
  try {
    block = typeof json === 'string' ? JSON.parse(json) : undefined;
  } catch {
    return undefined;
  }
  if (typeof block !== 'object' || block === null) return undefined;
  const { type, main } = block as { type?: unknown; main?: unknown };
  if (type === 'voteRound') return main === true ? 'mainVote' : 'voteRound';
  if (type === 'writtenProposal') return undefined;
  return (procedureBlockTypes as readonly unknown[]).includes(type) ? (type as ContentKind) : undefined;
}

/** The template content kind a block in JSON form is printed as; undefined for prose and other nodes. */
export function jsonContentKind(node: JSONContent): ContentKind | undefined {
  switch (node.type) {
    case 'decisionSentence':
    case 'numberedAdditions':
      return 'decision';
    case 'proposal':
    case 'proposalsClosing':
    case 'decisionProcedure':
    case 'reservation':
      return node.type;
    case 'statement':
      return statementKinds.find((kind) => kind === node.attrs?.kind) ?? 'sarskilt_uttalande';
    case 'attachmentList':
      return 'attachments';
    case 'procedureBlock':
      return procedureContentKind(node.attrs?.block);
    default:
      return undefined;
  }
}
