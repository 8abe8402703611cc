import { describe, expect, it } from 'vitest';
import { formatParties } from './formatParties';
import { formatPerson } from './formatPerson';
import { formatPersons } from './formatPersons';
import { partiesOf } from './partiesOf';

const abit = { name: 'Abit Dundar', party: 'L', andOthers: false };
const anette = { name: 'Anette Hellström', party: 'M', andOthers: true };
const lara = { name: 'Lara Siadat', party: 'MP', andOthers: false };
const johan = { name: 'Johan Vesterlund', party: 'C', andOthers: false };

describe('formatPerson', () => {
  it('writes name and party, with m.fl. when the person leads a group', () => {
    expect(formatPerson(abit)).toBe('Abit Dundar (L)');
    expect(formatPerson(anette)).toBe('Anette Hellström m.fl. (M)');
  });

  it('puts a role in front of the name', () => {
    const substitute = { name: 'Eva Ek', party: 'S', andOthers: false, role: 'tjänstgörande ersättare' };
    expect(formatPerson(substitute)).toBe('tjänstgörande ersättare Eva Ek (S)');
  });

  it('follows other patterns when given them', () => {
    const patterns = {
      person: '{party}: {name}',
      personAndOthers: '{party}: {name} med flera',
      personWithRole: '{person}, {role}',
    };
    expect(formatPerson(anette, patterns)).toBe('M: Anette Hellström med flera');
    expect(formatPerson({ ...abit, role: 'ersättare' }, patterns)).toBe('L: Abit Dundar, ersättare');
  });
});

describe('formatPersons', () => {
  it('lists people as the seed does', () => {
    expect(formatPersons([abit, anette, lara, johan])).toBe(
      'Abit Dundar (L), Anette Hellström m.fl. (M), Lara Siadat (MP) och Johan Vesterlund (C)',
    );
  });
});

describe('formatParties and partiesOf', () => {
  it('names the parties behind a proposal once each, in the order they were named', () => {
    const second = { name: 'Karin Ny', party: 'M', andOthers: false };
    expect(partiesOf([abit, anette, second, lara, johan])).toEqual(['L', 'M', 'MP', 'C']);
    expect(formatParties(partiesOf([abit, anette, second, lara, johan]))).toBe('(L), (M), (MP) och (C)');
    expect(formatParties(['SD'])).toBe('(SD)');
  });
});
