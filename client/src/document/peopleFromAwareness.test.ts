import { describe, expect, it } from 'vitest';
import { colorForName, USER_COLORS } from '../identity/colorForName';
import { peopleFromAwareness } from './peopleFromAwareness';

const red = USER_COLORS[0] ?? '';

describe('peopleFromAwareness', () => {
  it('lists everyone except me, sorted with Swedish collation', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Örjan', color: red } }],
      [2, { user: { name: 'Mig själv', color: red } }],
      [3, { user: { name: 'Åsa', color: red } }],
      [4, { user: { name: 'Zlatan', color: red } }],
    ]);
    expect(peopleFromAwareness(states, 2).map((p) => p.name)).toEqual(['Zlatan', 'Åsa', 'Örjan']);
  });

  it('skips states without a usable name, such as a client that has not mounted its editor yet', () => {
    const states = new Map<number, unknown>([
      [1, {}],
      [2, { user: { name: '   ' } }],
      [3, { user: { color: red } }],
      [4, null],
    ]);
    expect(peopleFromAwareness(states, 99)).toEqual([]);
  });

  it('replaces a colour outside the palette with the name-derived one, so labels stay readable', () => {
    const states = new Map<number, unknown>([[7, { user: { name: 'Kim', color: '#ffff00' } }]]);
    expect(peopleFromAwareness(states, 1)).toEqual([{ clientId: 7, name: 'Kim', color: colorForName('Kim') }]);
  });

  it('keeps two tabs of the same person apart', () => {
    const states = new Map<number, unknown>([
      [5, { user: { name: 'Kim', color: red } }],
      [3, { user: { name: 'Kim', color: red } }],
    ]);
    expect(peopleFromAwareness(states, 1).map((p) => p.clientId)).toEqual([3, 5]);
  });
});
