import { describe, expect, it } from 'vitest';
import { documentAccessMode } from './documentAccessMode';

const access = (write: boolean, comment = false) => ({ read: true, write, comment, suggest: write });

describe('documentAccessMode', () => {
  it('lets a writer write', () => {
    expect(documentAccessMode({ access: access(true, true), approvedAt: null, role: 'draft' })).toBe('write');
  });

  it('tells commenters and readers apart', () => {
    expect(documentAccessMode({ access: access(false, true), approvedAt: null, role: 'draft' })).toBe('comment');
    expect(documentAccessMode({ access: access(false), approvedAt: null, role: 'protocol' })).toBe('read');
  });

  it('lets a group given a draft for suggestions only suggest', () => {
    const suggestOnly = { read: true, write: false, comment: true, suggest: true };
    expect(documentAccessMode({ access: suggestOnly, approvedAt: null, role: 'draft' })).toBe('suggest');
  });

  it('calls an approved paragraph locked, whoever looks', () => {
    expect(documentAccessMode({ access: access(false, true), approvedAt: 1, role: 'protocol' })).toBe('locked');
  });
});
