import { describe, expect, it } from 'vitest';
import { blockProblems } from './blockProblems';

describe('blockProblems', () => {
  it('ties the domain’s messages to the fields of a block still being filled in', () => {
    const problems = blockProblems({
      type: 'motion',
      id: 'a',
      movers: [{ name: '', party: 'V', andOthers: false }],
      items: [{ item: { type: 'approve', targets: [{ to: '' }] } }],
    });
    expect(problems.at(['movers', 0, 'name'])).toBe('Personen måste ha ett namn.');
    expect(problems.at(['items', 0, 'item', 'targets', 0, 'to'])).toBe('Hänvisningen till ett förslag är tom.');
    expect(problems.at(['movers', 0, 'party'])).toBeUndefined();
    expect(problems.all).toHaveLength(2);
  });

  it('has nothing to say about a complete block', () => {
    const problems = blockProblems({ type: 'extractRecipients', recipients: ['Trafikverket'] });
    expect(problems.all).toEqual([]);
  });

  it('asks for the paragraph number of a tabling in Swedish', () => {
    const problems = blockProblems({
      type: 'earlierHandling',
      tablings: [{ date: '2024-01-10', paragraphNumber: null }],
    });
    expect(problems.at(['tablings', 0, 'paragraphNumber'])).toBe('Ange paragrafens nummer.');
  });
});
