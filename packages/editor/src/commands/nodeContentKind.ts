import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type ContentKind, statementKinds } from '@yttra/domain';

/** The template content kind a block node is printed as, or undefined for prose and other nodes. */
export function nodeContentKind(node: ProseMirrorNode): ContentKind | undefined {
  switch (node.type.name) {
    case 'decisionSentence':
    case 'numberedAdditions':
      return 'decision';
    case 'proposal':
    case 'proposalsClosing':
    case 'decisionProcedure':
    case 'reservation':
      return node.type.name;
    case 'statement':
      return statementKinds.find((kind) => kind === node.attrs.kind) ?? 'sarskilt_uttalande';
    case 'attachmentList':
      return 'attachments';
    default:
      return undefined;
  }
}
