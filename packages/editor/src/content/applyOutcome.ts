import type { JSONContent } from '@tiptap/core';
import { ADMINISTRATION_PROPOSAL, type ProtocolTemplate } from '@yttra/domain';
import { decisionSentenceContent } from './decisionSentenceContent';
import { insertBlocksIntoContent } from './insertBlocksIntoContent';
import { jsonContentKind } from './jsonContentKind';

const DECISION_TEXT = new Set(['decisionSentence', 'paragraph', 'numberedAdditions']);

function findProposal(node: JSONContent, proposalId: string): JSONContent | undefined {
  if (node.type === 'proposal' && node.attrs?.proposalId === proposalId) return node;
  for (const child of node.content ?? []) {
    const found = findProposal(child, proposalId);
    if (found) return found;
  }
  return undefined;
}

/**
 * Records the meeting's outcome in a protocol document: the beslutsgång names the winning proposal (created when
 * missing, with the closing sentence of the proposals), and the decision section takes the winning proposal's
 * text — the administration's proposal is the standard decision sentence alone.
 * Throws when the winning proposal does not exist, so nothing half-recorded is stored.
 */
export function applyOutcome(document: JSONContent, winningProposal: string, template: ProtocolTemplate): JSONContent {
  let decisionText: JSONContent[];
  if (winningProposal === ADMINISTRATION_PROPOSAL) {
    decisionText = [decisionSentenceContent({ kind: 'approveReportAsReply', recipient: '', statesInAddition: false })];
  } else {
    const proposal = findProposal(document, winningProposal);
    if (!proposal) throw new Error(`Förslaget ${winningProposal} finns inte i paragrafen`);
    decisionText = (proposal.content ?? []).filter((child) => child.type && DECISION_TEXT.has(child.type));
  }

  const hasKind = (kind: string) => JSON.stringify(document).includes(`"type":"${kind}"`);
  let result = document;
  const missing: JSONContent[] = [];
  if (!hasKind('proposalsClosing')) missing.push({ type: 'proposalsClosing' });
  if (!hasKind('decisionProcedure')) missing.push({ type: 'decisionProcedure', attrs: { winningProposal } });
  result = insertBlocksIntoContent(result, missing, template);

  const decisionSection = template.sections.find((section) => section.contents.includes('decision'));
  const content = (result.content ?? []).map((node): JSONContent => {
    if (node.type !== 'protocolSection') return node;
    const children = (node.content ?? []).map((child) =>
      child.type === 'decisionProcedure' ? { ...child, attrs: { ...child.attrs, winningProposal } } : child,
    );
    if (node.attrs?.sectionId !== decisionSection?.id) return { ...node, content: children };
    // The decision section is rewritten: its old decision text goes, other blocks (if any) stay.
    const kept = children.filter(
      (child) => !DECISION_TEXT.has(child.type ?? '') && jsonContentKind(child) !== 'decision',
    );
    return { ...node, content: [...decisionText, ...kept] };
  });
  return { ...result, content };
}
