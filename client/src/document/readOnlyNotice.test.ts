import { describe, expect, it } from 'vitest';
import { readOnlyNotice } from './readOnlyNotice';

const access = (write: boolean) => ({ read: true, write, comment: true });

describe('readOnlyNotice', () => {
  it('says nothing to someone who may write', () => {
    expect(readOnlyNotice({ access: access(true), approvedAt: null, role: 'draft' })).toBeNull();
  });

  it('tells a reader that they may read but not change', () => {
    expect(readOnlyNotice({ access: access(false), approvedAt: null, role: 'protocol' })).toBe(
      'Du kan läsa men inte ändra det här dokumentet.',
    );
  });

  it('tells that an approved paragraph is locked', () => {
    expect(readOnlyNotice({ access: access(false), approvedAt: 1, role: 'protocol' })).toBe(
      'Paragrafen är justerad och låst.',
    );
  });
});
