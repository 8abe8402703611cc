import { array, nullableString, oneOf, record, string } from './parse';

export type BoardRole = 'administrator' | 'chair' | 'member' | 'reviewer';
export const BOARD_ROLES: readonly BoardRole[] = ['administrator', 'chair', 'member', 'reviewer'];

export interface Membership {
  organisationId: string;
  role: BoardRole;
  /** Members and reviewers belong to a party group; administrators and chairs to none. */
  partyGroupId: string | null;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
  memberships: Membership[];
}

export interface AuthProviders {
  password: boolean;
  /** The municipality's own sign-in (OpenID Connect) is configured. */
  oidc: boolean;
}

function parseMembership(value: unknown): Membership {
  const membership = record(value, 'medlemskap');
  return {
    organisationId: string(membership.organisationId, 'nämnd'),
    role: oneOf(membership.role, BOARD_ROLES, 'roll'),
    partyGroupId: nullableString(membership.partyGroupId, 'partigrupp'),
  };
}

/** The answer of `GET /api/auth/session` and `POST /api/auth/login`. */
export function parseSession(value: unknown): Session {
  const body = record(value, 'inloggning');
  const user = record(body.user, 'användare');
  return {
    user: {
      id: string(user.id, 'användar-id'),
      email: string(user.email, 'e-postadress'),
      displayName: string(user.displayName, 'namn'),
    },
    csrfToken: string(body.csrfToken, 'CSRF-token'),
    memberships: array(body.memberships ?? [], 'medlemskap').map(parseMembership),
  };
}

export function parseProviders(value: unknown): AuthProviders {
  const body = record(value, 'inloggningssätt');
  return { password: body.password !== false, oidc: body.oidc === true };
}
