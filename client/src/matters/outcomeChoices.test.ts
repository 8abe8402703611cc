import { describe, expect, it } from 'vitest';
import { outcomeChoices, proposalLabel, proposalsInContent } from './outcomeChoices';

const person = (name: string, party: string) => ({ type: 'person', attrs: { name, party, andOthers: false } });
const proposal = (proposalId: string, parties: string[], kind = 'own') => ({
  type: 'proposal',
  attrs: { proposalId, kind },
  content: [
    {
      type: 'personList',
      attrs: { purpose: 'proposers' },
      content: parties.map((party, index) => person(`Person ${index}`, party)),
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Vårt förslag.' }] },
  ],
});
const draft = (...blocks: unknown[]) => ({
  type: 'doc',
  content: [
    { type: 'protocolHeader', attrs: { title: 'Samverkan' } },
    { type: 'protocolSection', attrs: { sectionId: 'forslagTillBeslut' }, content: blocks },
  ],
});

describe('proposalsInContent', () => {
  it('finds own proposals with their proposers’ parties, each party once, in order', () => {
    expect(proposalsInContent(draft(proposal('p1', ['M', 'L', 'M'])))).toEqual([
      { proposalId: 'p1', parties: ['M', 'L'] },
    ]);
  });

  it('skips the administration’s proposal and anything malformed', () => {
    expect(proposalsInContent(draft(proposal('p1', ['V'], 'administration')))).toEqual([]);
    expect(proposalsInContent({ type: 'doc', content: [null, 7, { type: 'proposal', attrs: {} }] })).toEqual([]);
    expect(proposalsInContent(undefined)).toEqual([]);
  });
});

describe('outcomeChoices', () => {
  it('offers förvaltningens förslag first, then each proposal once, named by parties and draft', () => {
    const choices = outcomeChoices([
      { title: 'Vårt yrkande', content: draft(proposal('p1', ['M', 'L'])) },
      { title: 'Vårt yrkande', content: draft(proposal('p1', ['M', 'L'])) },
      { title: 'Eget', content: draft(proposal('p2', [])) },
    ]);
    expect(choices).toEqual([
      { value: 'administration', label: 'Förvaltningens förslag' },
      { value: 'p1', label: 'Förslaget från (M) och (L) – Vårt yrkande' },
      { value: 'p2', label: 'Förslag utan förslagsställare – Eget' },
    ]);
  });

  it('names three parties with commas and och', () => {
    expect(proposalLabel(['L', 'M', 'C'])).toBe('Förslaget från (L), (M) och (C)');
  });
});
