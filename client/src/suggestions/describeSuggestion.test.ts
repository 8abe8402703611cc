import { describe, expect, it } from 'vitest';
import { describeSuggestion } from './describeSuggestion';

describe('describeSuggestion', () => {
  it('says what a suggestion inserts, removes or replaces', () => {
    expect(describeSuggestion({ inserted: 'inte ', deleted: '' })).toBe('Lägg till ”inte ”');
    expect(describeSuggestion({ inserted: '', deleted: 'bifaller' })).toBe('Ta bort ”bifaller”');
    expect(describeSuggestion({ inserted: 'avslår', deleted: 'bifaller' })).toBe('Ersätt ”bifaller” med ”avslår”');
    expect(describeSuggestion({ inserted: '', deleted: '' })).toBe('Ändra formatering');
  });

  it('shortens long text', () => {
    expect(describeSuggestion({ inserted: 'a'.repeat(200), deleted: '' })).toBe(`Lägg till ”${'a'.repeat(79)}…”`);
  });
});
