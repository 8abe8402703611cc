import { describe, expect, it } from 'vitest';
import { parseDocumentReference } from './parseDocumentReference';

const id = 'Xy3_k-9aBcDeFgHiJkLmNo';

describe('parseDocumentReference', () => {
  it('accepts a bare id, ignoring surrounding whitespace', () => {
    expect(parseDocumentReference(`  ${id}\n`)).toBe(id);
  });

  it('extracts the id from a full link, with or without query and fragment', () => {
    expect(parseDocumentReference(`https://yttra.example.se/d/${id}`)).toBe(id);
    expect(parseDocumentReference(`http://localhost:5173/d/${id}/?from=mail#stycke-3`)).toBe(id);
  });

  it('extracts the id from a bare path', () => {
    expect(parseDocumentReference(`/d/${id}`)).toBe(id);
  });

  it('refuses input that holds no valid id', () => {
    expect(parseDocumentReference('')).toBeNull();
    expect(parseDocumentReference('https://yttra.example.se/')).toBeNull();
    expect(parseDocumentReference('remissvar om skolan')).toBeNull();
    expect(parseDocumentReference('https://yttra.example.se/d/abc')).toBeNull();
    expect(parseDocumentReference('/d/%E0%A4%A')).toBeNull();
  });
});
