import { defaultParties, type Party } from '@yttra/domain';
import type { Choice } from '../live/proposalChoices';

/**
 * The party select's options, "M – Moderaterna", with an empty first option. A party that is not in the list (a
 * local party written by another client) is kept as an option, so that the select never misreports a person.
 */
export function partyChoices(current: string, parties: readonly Party[] = defaultParties): Choice[] {
  const choices: Choice[] = [
    { value: '', label: 'Välj parti' },
    ...parties.map((party) => ({ value: party.abbreviation, label: `${party.abbreviation} – ${party.name}` })),
  ];
  if (current !== '' && !parties.some((party) => party.abbreviation === current)) {
    choices.push({ value: current, label: current });
  }
  return choices;
}
