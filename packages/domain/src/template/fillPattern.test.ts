import { describe, expect, it } from 'vitest';
import { fillPattern } from './fillPattern';
import { findPlaceholders } from './findPlaceholders';

describe('findPlaceholders', () => {
  it('lists each placeholder once, in order of first use', () => {
    expect(findPlaceholders('{proposers} föreslog {proposal}; {proposers} igen')).toEqual(['proposers', 'proposal']);
    expect(findPlaceholders('Ordföranden förklarade överläggningen avslutad.')).toEqual([]);
  });

  it('does not take malformed braces for placeholders', () => {
    expect(findPlaceholders('{ proposers } {} {1} {a-b}')).toEqual([]);
  });
});

describe('fillPattern', () => {
  it('substitutes every occurrence, numbers included', () => {
    expect(fillPattern('{number}. {text} ({number})', { number: 2, text: 'Skolans roll' })).toBe('2. Skolans roll (2)');
  });

  it('leaves text without placeholders alone, and ignores values the pattern does not use', () => {
    expect(fillPattern('Överläggningen avslutad.', { proposers: 'X' })).toBe('Överläggningen avslutad.');
  });

  it('throws when a placeholder has no value', () => {
    expect(() => fillPattern('{reservants} reserverade sig', {})).toThrowError(
      'Platshållaren {reservants} saknar värde i mönstret "{reservants} reserverade sig".',
    );
  });
});
