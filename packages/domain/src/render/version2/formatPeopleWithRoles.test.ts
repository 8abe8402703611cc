import { describe, expect, it } from 'vitest';
import type { Person } from '../../model/personSchema';
import { stockholmDistrictBoardTemplate } from '../../template/stockholmDistrictBoardTemplate';
import { formatPeopleWithRoles } from './formatPeopleWithRoles';

const template = {
  ...stockholmDistrictBoardTemplate,
  organisation: {
    roles: {
      ersattare: { singular: 'tjänstgörande ersättaren', plural: 'tjänstgörande ersättarna' },
      ordforande: { singular: 'ordföranden', plural: 'ordförandena' },
    },
  },
};
const person = (name: string, party: string, role?: string): Person => ({
  name,
  party,
  andOthers: false,
  ...(role ? { role } : {}),
});

describe('formatPeopleWithRoles', () => {
  it('writes a run of people with one role under the role once, singular or plural', () => {
    expect(
      formatPeopleWithRoles(
        [person('A', 'S'), person('B', 'M', 'ersattare'), person('C', 'V', 'ordforande')],
        template,
      ),
    ).toBe('A (S), tjänstgörande ersättaren B (M) och ordföranden C (V)');
    expect(
      formatPeopleWithRoles([person('A', 'S'), person('B', 'M', 'ersattare'), person('C', 'M', 'ersattare')], template),
    ).toBe('A (S) samt tjänstgörande ersättarna B (M) och C (M)');
  });
  it('says samt before the last item when a group already says och, unless told otherwise', () => {
    const people = [
      person('A', 'S'),
      person('B', 'M', 'ersattare'),
      person('C', 'M', 'ersattare'),
      person('D', 'S', 'ordforande'),
    ];
    expect(formatPeopleWithRoles(people, template)).toBe(
      'A (S), tjänstgörande ersättarna B (M) och C (M) samt ordföranden D (S)',
    );
    expect(formatPeopleWithRoles(people.slice(0, 3), template, 'och')).toBe(
      'A (S) och tjänstgörande ersättarna B (M) och C (M)',
    );
  });
  it('prints a role the organisation does not list as version 1 does, in front of the person', () => {
    expect(formatPeopleWithRoles([person('A', 'S', 'ersättare'), person('B', 'M')], template)).toBe(
      'ersättare A (S) och B (M)',
    );
  });
});
