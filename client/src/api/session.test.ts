import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError } from './documentSummary';
import { parseProviders, parseSession } from './session';

const valid = {
  user: { id: 'u1', email: 'a@b.se', displayName: 'Anna', createdAt: 1 },
  csrfToken: 'c',
  memberships: [{ organisationId: 'hl', userId: 'u1', role: 'member', partyGroupId: 'hl-m' }],
};

describe('parseSession', () => {
  it('keeps the user, the CSRF token and the memberships', () => {
    expect(parseSession(valid)).toEqual({
      user: { id: 'u1', email: 'a@b.se', displayName: 'Anna' },
      csrfToken: 'c',
      memberships: [{ organisationId: 'hl', role: 'member', partyGroupId: 'hl-m' }],
    });
  });

  it('refuses a session without a CSRF token or with an unknown role', () => {
    expect(() => parseSession({ ...valid, csrfToken: undefined })).toThrow(UnexpectedResponseError);
    expect(() => parseSession({ ...valid, memberships: [{ organisationId: 'hl', role: 'king' }] })).toThrow(
      UnexpectedResponseError,
    );
  });
});

describe('parseProviders', () => {
  it('offers the municipality’s sign-in only when the server says so', () => {
    expect(parseProviders({ password: true, oidc: true })).toEqual({ password: true, oidc: true });
    expect(parseProviders({ password: true })).toEqual({ password: true, oidc: false });
  });
});
