import { afterEach, describe, expect, it, vi } from 'vitest';
import { newProposalId } from './newProposalId';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.unstubAllGlobals());

describe('newProposalId', () => {
  it('is a random UUID, different every time', () => {
    const ids = new Set(Array.from({ length: 50 }, newProposalId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('makes one from random bytes where randomUUID is missing (a page served over plain http)', () => {
    const { crypto } = globalThis;
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(globalThis.crypto.randomUUID).toBeUndefined();
    const id = newProposalId();
    expect(id).toMatch(UUID_V4);
    expect(newProposalId()).not.toBe(id);
  });
});
