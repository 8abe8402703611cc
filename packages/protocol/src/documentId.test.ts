import { describe, expect, it } from 'vitest';
import { isValidDocumentId } from './documentId';

describe('isValidDocumentId', () => {
  it('accepts url-safe ids of sensible length', () => {
    expect(isValidDocumentId('abcDEF123_-')).toBe(true);
    expect(isValidDocumentId('a'.repeat(64))).toBe(true);
  });

  it('refuses ids that are too short, too long or carry other characters', () => {
    expect(isValidDocumentId('abc')).toBe(false);
    expect(isValidDocumentId('a'.repeat(65))).toBe(false);
    expect(isValidDocumentId('../../etc/passwd')).toBe(false);
    expect(isValidDocumentId('dokument med mellanslag')).toBe(false);
    expect(isValidDocumentId('åäö123456')).toBe(false);
  });
});
