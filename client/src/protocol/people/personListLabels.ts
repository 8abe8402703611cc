/** What each person list is called in the editor, by its `purpose`. */
export const PERSON_LIST_LABELS: Readonly<Record<string, string>> = {
  proposers: 'Förslagsställare',
  reservants: 'Reservanter',
  authors: 'Författare',
  yes: 'Ja',
  no: 'Nej',
  abstained: 'Avstår',
};

export function personListLabel(purpose: unknown): string {
  return (typeof purpose === 'string' ? PERSON_LIST_LABELS[purpose] : undefined) ?? 'Personer';
}
