import { stockholmDistrictBoardTemplate } from '@yttra/domain';
import { draftContent, extractDraftBlocks } from '@yttra/editor';
import { describe, expect, it } from 'vitest';
import { proposalTexts } from './proposalTexts';

const text = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });

function tabledProposal(paragraphs: string[]) {
  const draft = draftContent('proposal', { title: 'Samverkan', board: 'Nämnden' }, stockholmDistrictBoardTemplate);
  const [proposal] = extractDraftBlocks(draft);
  const filled = { ...proposal!, content: [...(proposal!.content ?? []).slice(0, 1), ...paragraphs.map(text)] };
  return JSON.parse(JSON.stringify(draft).replace(JSON.stringify(proposal), JSON.stringify(filled)));
}

describe('proposalTexts', () => {
  it('reads the own text of a tabled proposal', () => {
    expect(proposalTexts(tabledProposal(['Vi vill ha fasta arbetsgrupper.', 'Följ upp varje år.']))).toEqual([
      ['Vi vill ha fasta arbetsgrupper.', 'Följ upp varje år.'],
    ]);
  });

  it('has nothing to show for an empty proposal or unreadable content', () => {
    expect(proposalTexts(tabledProposal([]))).toEqual([]);
    expect(proposalTexts(null)).toEqual([]);
  });
});
