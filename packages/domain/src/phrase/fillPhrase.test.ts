import { describe, expect, it } from 'vitest';
import { checkPhrase } from './checkPhrase';
import { fillPhrase } from './fillPhrase';

describe('the version-2 phrase language', () => {
  it('fills paths, filters and optional clauses', () => {
    const values = {
      mover: 'Jenny Broman',
      target: { parties: 'V, S och MP', date: '2024-11-22' },
      count: 2,
      none: '',
    };
    expect(fillPhrase('{mover|genitive} yrkande', values)).toBe('Jenny Bromans yrkande');
    expect(fillPhrase('yrkande från {target.parties} den {target.date|date}', values)).toBe(
      'yrkande från V, S och MP den 22 november 2024',
    );
    expect(fillPhrase('{count|numberWord} {count|plural:skrivelse:skrivelser}', values)).toBe('två skrivelser');
    expect(fillPhrase('A{?none} B{/none}{!none} C{/none}.', values)).toBe('A C.');
    expect(fillPhrase('{mover|uncapitalize|capitalize}', { mover: 'ordföranden' })).toBe('Ordföranden');
  });
  it('throws on a value the code did not supply', () => {
    expect(() => fillPhrase('{missing}', {})).toThrow(/missing/);
  });
  it('reports every problem of a phrase against its specification, in Swedish and English', () => {
    const spec = { values: { mover: true, target: { parties: true } }, required: ['mover'] } as const;
    expect(checkPhrase('{mover} {target.parties}', spec)).toEqual([]);
    const problems = checkPhrase('{?target}{target.date|shout}{/target} {x', spec);
    expect(problems.map((problem) => problem.en)).toEqual([
      'the brace in " {x" belongs to no placeholder',
      'unknown placeholder {target.date} (allowed: {mover}, {target})',
      'unknown filter "shout" (available: genitive, date, capitalize, uncapitalize, numberWord, plural)',
      'must contain {mover}',
    ]);
    expect(checkPhrase('{?a}x', { values: { a: true } })[0]?.sv).toBe('villkoret {?a} stängs aldrig med {/a}');
  });
});
