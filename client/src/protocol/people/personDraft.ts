import type { Person } from '@yttra/domain';

/** A person as typed into a form, before it is checked. */
export interface PersonDraft {
  name: string;
  party: string;
  andOthers: boolean;
  role: string;
}

export const EMPTY_PERSON_DRAFT: PersonDraft = { name: '', party: '', andOthers: false, role: '' };

export type PersonDraftErrors = Partial<Record<'name' | 'party', string>>;

/** The draft as a Person, or the Swedish messages for the fields that keep it from being one. */
export function checkPersonDraft(draft: PersonDraft): { person: Person } | { errors: PersonDraftErrors } {
  const name = draft.name.trim().replace(/\s+/g, ' ');
  const errors: PersonDraftErrors = {};
  if (name === '') errors.name = 'Skriv personens namn.';
  if (draft.party.trim() === '') errors.party = 'Välj ett parti.';
  if (errors.name || errors.party) return { errors };
  const role = draft.role.trim();
  return { person: { name, party: draft.party.trim(), andOthers: draft.andOthers, ...(role ? { role } : {}) } };
}
