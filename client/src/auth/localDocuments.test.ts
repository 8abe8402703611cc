import { describe, expect, it } from 'vitest';
import { localDocumentDatabases, localDocumentName } from './localDocuments';

describe('local document copies', () => {
  it('keeps one database per account and document', () => {
    expect(localDocumentName('u-1', 'abc123')).toBe('yttra-u-1-abc123');
    expect(localDocumentName('u-2', 'abc123')).not.toBe(localDocumentName('u-1', 'abc123'));
    expect(localDocumentName('a b', 'abc123')).toBe('yttra-a%20b-abc123');
  });

  it('picks the document copies and leaves other databases alone', () => {
    expect(localDocumentDatabases(['yttra-u1-abc123', 'annan-app', undefined, 'yttra-def456'])).toEqual([
      'yttra-u1-abc123',
      'yttra-def456',
    ]);
  });
});
