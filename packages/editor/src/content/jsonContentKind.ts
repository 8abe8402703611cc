import type { JSONContent } from '@tiptap/core';
import { type ContentKind, statementKinds } from '@yttra/domain';

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
    default:
      return undefined;
  }
}
