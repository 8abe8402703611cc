import { describe, expect, it } from 'vitest';
import {
  parseDocumentDetails,
  parseDocumentList,
  parseDocumentSummary,
  UnexpectedResponseError,
} from './documentSummary';

const valid = { id: 'abcDEF123456', title: 'Remissvar', kind: 'protocol', createdAt: 1_764_000_000_000 };

describe('parseDocumentSummary', () => {
  it('keeps exactly the known fields of a valid document', () => {
    expect(parseDocumentSummary({ ...valid, extra: true })).toEqual(valid);
  });

  it('refuses a document with a missing or malformed field', () => {
    expect(() => parseDocumentSummary(null)).toThrow(UnexpectedResponseError);
    expect(() => parseDocumentSummary({ ...valid, id: '../x' })).toThrow(UnexpectedResponseError);
    expect(() => parseDocumentSummary({ ...valid, title: 7 })).toThrow(UnexpectedResponseError);
    expect(() => parseDocumentSummary({ ...valid, createdAt: '2025-01-01' })).toThrow(UnexpectedResponseError);
    expect(() => parseDocumentSummary({ ...valid, kind: 'spreadsheet' })).toThrow(UnexpectedResponseError);
  });

  it('reads a document without a kind (created before kinds existed) as free text', () => {
    const { kind: _kind, ...withoutKind } = valid;
    expect(parseDocumentSummary(withoutKind).kind).toBe('text');
  });
});

describe('parseDocumentList', () => {
  it('reads the documents array in server order', () => {
    const second = { ...valid, id: 'zyx987654321', title: 'Äldre' };
    expect(parseDocumentList({ documents: [valid, second] }).map((d) => d.title)).toEqual(['Remissvar', 'Äldre']);
  });

  it('refuses a body without a documents array', () => {
    expect(() => parseDocumentList([valid])).toThrow(UnexpectedResponseError);
  });
});

describe('parseDocumentDetails', () => {
  const access = { read: true, write: false, comment: true, suggest: false };

  it('adds what the caller may do, the matter and the approval', () => {
    expect(
      parseDocumentDetails({ ...valid, role: 'protocol', matterId: 'm-1', approvedAt: 5, access, ownerGroupIds: [] }),
    ).toEqual({ ...valid, role: 'protocol', matterId: 'm-1', approvedAt: 5, access });
  });

  it('reads an older record without role or matter as a free document', () => {
    expect(parseDocumentDetails({ ...valid, access })).toMatchObject({
      role: 'free',
      matterId: null,
      approvedAt: null,
    });
  });

  it('refuses a document without its access', () => {
    expect(() => parseDocumentDetails(valid)).toThrow(UnexpectedResponseError);
  });
});
