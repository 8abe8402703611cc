import { swedishDateInWords } from './swedishDateInWords';
import { swedishGenitive } from './swedishGenitive';
import { swedishNumberWord } from './swedishNumberWord';

type Filter = { arity: number; apply: (value: string | number, args: string[]) => string };

/** The filters a phrase may apply to a value; `arity` is the number of `:arguments` each takes. */
export const phraseFilters: Record<string, Filter> = {
  genitive: { arity: 0, apply: (value) => swedishGenitive(String(value)) },
  date: { arity: 0, apply: (value) => swedishDateInWords(String(value)) },
  capitalize: { arity: 0, apply: (value) => String(value).charAt(0).toLocaleUpperCase('sv') + String(value).slice(1) },
  uncapitalize: {
    arity: 0,
    apply: (value) => String(value).charAt(0).toLocaleLowerCase('sv') + String(value).slice(1),
  },
  numberWord: { arity: 0, apply: (value) => swedishNumberWord(Number(value)) },
  plural: { arity: 2, apply: (value, [singular, plural]) => (Number(value) === 1 ? singular! : plural!) },
};
