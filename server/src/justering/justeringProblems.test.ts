import type { ProtocolParagraph } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { justeringProblems } from './justeringProblems';

const header = {
  board: 'Hägersten-Liljeholmens stadsdelsnämnd',
  protocolNumber: '8/2019',
  meetingDate: '2019-08-29',
  paragraphNumber: 6,
  title: 'Samverkan',
  matterKind: 'Yttrande till kommunstyrelsen',
  caseNumber: 'HL 2019/310',
};
const proposal = {
  type: 'proposal',
  id: 'p1',
  proposers: [{ name: 'Abit Dundar', party: 'L' }],
  kind: 'administration',
  sentence: null,
  paragraphs: [],
  additions: [],
} as unknown as ProtocolParagraph['blocks'][number];

describe('justeringProblems', () => {
  it('has nothing to say about a numbered paragraph whose proposals have an outcome', () => {
    const blocks = [proposal, { type: 'decisionProcedure', winningProposal: 'p1' }] as ProtocolParagraph['blocks'];
    expect(justeringProblems({ header, blocks })).toEqual([]);
  });

  it('lists every missing number and the missing outcome, in Swedish', () => {
    expect(
      justeringProblems({ header: { ...header, protocolNumber: '', paragraphNumber: 0 }, blocks: [proposal] }),
    ).toEqual([
      'Protokollnumret saknas.',
      'Paragrafnumret saknas.',
      'Det finns ett förslag till beslut men inget utfall är registrerat (beslutsgång).',
    ]);
  });

  it('needs no outcome when nothing was proposed', () => {
    expect(justeringProblems({ header, blocks: [] })).toEqual([]);
  });
});
