import { describe, expect, it } from 'vitest';
import type { StatementBlock } from '../model/paragraphBlockSchema';
import { stockholmDistrictBoardTemplate as template } from '../template/stockholmDistrictBoardTemplate';
import { statementSentence } from './statementSentence';

const statement = (kind: StatementBlock['kind']): StatementBlock => ({
  type: 'statement',
  kind,
  authors: [
    { name: 'Maria Ljuslin', party: 'V', andOthers: true },
    { name: 'Eva Fagerhem', party: 'S', andOthers: true },
  ],
  paragraphs: ['Text.'],
});

describe('statementSentence', () => {
  it('introduces each kind of statement with its own phrase', () => {
    expect(statementSentence(statement('sarskilt_uttalande'), template)).toBe(
      'Maria Ljuslin m.fl. (V) och Eva Fagerhem m.fl. (S) anmälde ett särskilt uttalande.',
    );
    expect(statementSentence(statement('protokollsanteckning'), template)).toBe(
      'Maria Ljuslin m.fl. (V) och Eva Fagerhem m.fl. (S) anmälde en protokollsanteckning.',
    );
    expect(statementSentence(statement('ersattaryttrande'), template)).toBe(
      'Maria Ljuslin m.fl. (V) och Eva Fagerhem m.fl. (S) anmälde ett ersättaryttrande.',
    );
  });
});
