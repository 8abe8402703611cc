import {
  ADMINISTRATION_PROPOSAL,
  renderParagraph,
  renderPlainText,
  stockholmDistrictBoardTemplate,
} from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { paragraphFromContent } from '../mapping/paragraphFromContent';
import { applyOutcome } from './applyOutcome';
import { draftContent } from './draftContent';
import { emptyProtocolContent } from './emptyProtocolContent';
import { extractDraftBlocks } from './extractDraftBlocks';
import { insertBlocksIntoContent } from './insertBlocksIntoContent';

const template = stockholmDistrictBoardTemplate;
const person = (name: string, party: string) => ({
  type: 'person',
  attrs: { name, party, andOthers: false, role: '' },
});
const text = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });

function proposalDraft() {
  const draft = draftContent('proposal');
  const [proposal] = extractDraftBlocks(draft, 'proposal');
  return {
    ...proposal!,
    content: [
      { type: 'personList', attrs: { purpose: 'proposers' }, content: [person('Abit Dundar', 'L')] },
      text('Vårt förslag.'),
    ],
  };
}

describe('assembling a paragraph from drafts', () => {
  it('makes a draft that is its one block, without a header or sections', () => {
    const draft = draftContent('reservation');
    expect(draft.content?.map((node) => node.type)).toEqual(['reservation']);
    expect(extractDraftBlocks(draft, 'reservation').map((block) => block.type)).toEqual(['reservation']);
    expect(extractDraftBlocks(draftContent('protocolNote'), 'statement')[0]?.attrs?.kind).toBe('protokollsanteckning');
  });

  it('inserts blocks into their sections, replacing the empty placeholder, proposals before the closing', () => {
    const protocol = emptyProtocolContent('Samverkan');
    const withClosing = insertBlocksIntoContent(protocol, [{ type: 'proposalsClosing' }], template);
    const assembled = insertBlocksIntoContent(withClosing, [proposalDraft()], template);
    const section = assembled.content?.find((node) => node.attrs?.sectionId === 'forslagTillBeslut');
    expect(section?.content?.map((node) => node.type)).toEqual(['proposal', 'proposalsClosing']);
  });

  it('records the outcome: the beslutsgång names the winner and the decision takes its text', () => {
    const proposal = proposalDraft();
    const protocol = insertBlocksIntoContent(emptyProtocolContent('Samverkan'), [proposal], template);
    const decided = applyOutcome(protocol, proposal.attrs?.proposalId as string, template);
    const { paragraph } = paragraphFromContent(decided);
    const output = renderPlainText(renderParagraph(paragraph, template));
    expect(output).toContain('Beslut\nVårt förslag.');
    expect(output).toContain('Ordföranden förklarade överläggningen avslutad.');
    expect(output).toContain('ställde sig bakom förslaget från (L).');

    const administration = applyOutcome(protocol, ADMINISTRATION_PROPOSAL, template);
    expect(
      paragraphFromContent(administration).paragraph.blocks.find((block) => block.type === 'decisionProcedure'),
    ).toMatchObject({
      winningProposal: ADMINISTRATION_PROPOSAL,
    });
    expect(() => applyOutcome(protocol, 'no-such-proposal', template)).toThrow();
  });
});
