/**
 * The phrase language of templates, version 2. A superset of version 1's `{name}`:
 *
 * - `{path}` prints a value; a path may reach into an object: `{target.parties}`.
 * - `{path|filter|filter:arg:arg}` transforms it: `genitive`, `date` (in words), `capitalize`, `uncapitalize`,
 *   `numberWord`, `plural:singular:plural` (picks a word by a count).
 * - `{?path}…{/path}` prints its content only when the value is present (non-empty, non-zero, true);
 *   `{!path}…{/path}` only when it is not. This is how a template writes optional sentences and clauses.
 */
export type PhraseNode =
  | { type: 'text'; text: string }
  | { type: 'value'; path: string[]; filters: PhraseFilterCall[] }
  | { type: 'section'; negated: boolean; path: string[]; children: PhraseNode[] };

export interface PhraseFilterCall {
  name: string;
  args: string[];
}

/** A problem in a phrase, in both languages the template check prints. */
export interface PhraseProblem {
  sv: string;
  en: string;
}

export const PHRASE_TOKEN = /\{([?!/]?)([^{}]*)\}/g;
export const PHRASE_PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
