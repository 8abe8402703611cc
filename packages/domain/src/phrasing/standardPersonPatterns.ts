import type { TemplatePhrases } from '../template/protocolTemplateSchema';

export type PersonPatterns = Pick<TemplatePhrases, 'person' | 'personAndOthers' | 'personWithRole'>;

/** How Swedish protocols write people: `Anette Hellström m.fl. (M)`, `tjänstgörande ersättare Eva Ek (S)`. */
export const standardPersonPatterns: PersonPatterns = {
  person: '{name} ({party})',
  personAndOthers: '{name} m.fl. ({party})',
  personWithRole: '{role} {person}',
};
