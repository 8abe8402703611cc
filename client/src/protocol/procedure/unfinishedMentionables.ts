import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ProtocolParagraph } from '@yttra/domain';
import type { Choice } from '../live/proposalChoices';

/**
 * Written proposals and motions of the document that are still being filled in (so not in the paragraph yet), as
 * choices: a vote that mentions a motion someone is editing must not call it a proposal that no longer exists.
 */
export function unfinishedMentionables(doc: ProseMirrorNode, paragraph: ProtocolParagraph): Choice[] {
  const known = new Set(paragraph.blocks.map((block) => ('id' in block ? block.id : '')));
  const choices: Choice[] = [];
  doc.descendants((node) => {
    if (node.type.name !== 'procedureBlock') return true;
    try {
      const block = JSON.parse(String(node.attrs.block)) as { type?: unknown; id?: unknown };
      if ((block.type === 'writtenProposal' || block.type === 'motion') && typeof block.id === 'string') {
        if (!known.has(block.id)) {
          const label = block.type === 'motion' ? 'Yrkande vid sammanträdet' : 'Skriftligt yrkande';
          choices.push({ value: block.id, label: `${label} (inte färdigt ifyllt)` });
        }
      }
    } catch {
      // Unreadable JSON is reported by the mapping; it mentions nothing.
    }
    return false;
  });
  return choices;
}
