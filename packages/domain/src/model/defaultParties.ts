import type { Party } from './partySchema';

/**
 * The parliamentary parties most boards start from. Colours follow each party's usual profile colour; where two
 * parties share a hue (M/L blue, C/MP green) the shades are kept apart so the editor can tell their drafts apart.
 */
export const defaultParties: readonly Party[] = [
  { abbreviation: 'S', name: 'Socialdemokraterna', color: '#E8112D' },
  { abbreviation: 'M', name: 'Moderaterna', color: '#1B49DD' },
  { abbreviation: 'SD', name: 'Sverigedemokraterna', color: '#DDDD00' },
  { abbreviation: 'C', name: 'Centerpartiet', color: '#009933' },
  { abbreviation: 'V', name: 'Vänsterpartiet', color: '#AF0000' },
  { abbreviation: 'KD', name: 'Kristdemokraterna', color: '#000077' },
  { abbreviation: 'L', name: 'Liberalerna', color: '#6AB2E7' },
  { abbreviation: 'MP', name: 'Miljöpartiet de gröna', color: '#83CF39' },
];
