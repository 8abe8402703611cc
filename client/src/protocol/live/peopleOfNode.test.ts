import { getEditorSchema } from '@yttra/editor';
import { describe, expect, it } from 'vitest';
import { paragraphTextsOf, peopleOf, personListOf } from './peopleOfNode';

const schema = getEditorSchema();

const person = (name: string, party: string, andOthers = false, role = '') => ({
  type: 'person',
  attrs: { name, party, andOthers, role },
});

describe('peopleOf', () => {
  it('reads a block’s people in order, leaving out empty roles', () => {
    const reservation = schema.nodeFromJSON({
      type: 'reservation',
      attrs: { inFavourOf: 'administration' },
      content: [
        {
          type: 'personList',
          attrs: { purpose: 'reservants' },
          content: [person('Maria Ljuslin', 'V', true), person('Eva Ek', 'S', false, 'tjänstgörande ersättare')],
        },
        { type: 'paragraph', content: [{ type: 'text', text: ' Skäl ett. ' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Skäl två.' }] },
      ],
    });
    expect(peopleOf(reservation)).toEqual([
      { name: 'Maria Ljuslin', party: 'V', andOthers: true },
      { name: 'Eva Ek', party: 'S', andOthers: false, role: 'tjänstgörande ersättare' },
    ]);
    expect(paragraphTextsOf(reservation)).toEqual(['Skäl ett.', 'Skäl två.']);
  });

  it('picks a vote’s lists by purpose', () => {
    const vote = schema.nodeFromJSON({
      type: 'vote',
      content: [
        { type: 'personList', attrs: { purpose: 'yes' }, content: [person('A', 'S')] },
        { type: 'personList', attrs: { purpose: 'no' }, content: [person('B', 'M'), person('C', 'L')] },
        { type: 'personList', attrs: { purpose: 'abstained' } },
      ],
    });
    expect(peopleOf(vote, 'no').map((voter) => voter.name)).toEqual(['B', 'C']);
    expect(peopleOf(vote, 'abstained')).toEqual([]);
    expect(personListOf(vote)?.attrs.purpose).toBe('yes');
    expect(personListOf(schema.nodeFromJSON({ type: 'paragraph' }))).toBeUndefined();
  });
});
