import { describe, expect, it } from 'vitest';
import { partyChoices } from './partyChoices';
import { checkPersonDraft } from './personDraft';
import { personListLabel } from './personListLabels';

describe('checkPersonDraft', () => {
  it('makes a tidy person of a complete draft', () => {
    expect(checkPersonDraft({ name: '  Anette   Hellström ', party: 'M', andOthers: true, role: ' ' })).toEqual({
      person: { name: 'Anette Hellström', party: 'M', andOthers: true },
    });
    expect(checkPersonDraft({ name: 'Eva Ek', party: 'S', andOthers: false, role: 'tjänstgörande ersättare' })).toEqual(
      {
        person: { name: 'Eva Ek', party: 'S', andOthers: false, role: 'tjänstgörande ersättare' },
      },
    );
  });

  it('names in Swedish what is missing', () => {
    expect(checkPersonDraft({ name: ' ', party: '', andOthers: false, role: '' })).toEqual({
      errors: { name: 'Skriv personens namn.', party: 'Välj ett parti.' },
    });
  });
});

describe('partyChoices', () => {
  it('lists the default parties as "M – Moderaterna", after an empty choice', () => {
    const choices = partyChoices('');
    expect(choices[0]).toEqual({ value: '', label: 'Välj parti' });
    expect(choices).toContainEqual({ value: 'M', label: 'M – Moderaterna' });
    expect(choices).toHaveLength(9);
  });

  it('keeps a party that is not in the list, so the select never misreports a person', () => {
    expect(partyChoices('Fi').at(-1)).toEqual({ value: 'Fi', label: 'Fi' });
  });
});

describe('personListLabel', () => {
  it('names each list by its purpose', () => {
    expect(['proposers', 'reservants', 'authors', 'yes', 'no', 'abstained'].map(personListLabel)).toEqual([
      'Förslagsställare',
      'Reservanter',
      'Författare',
      'Ja',
      'Nej',
      'Avstår',
    ]);
    expect(personListLabel('okänd')).toBe('Personer');
  });
});
