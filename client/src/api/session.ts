import { type AuthProviders, boardRoles, providersSchema, type Session, sessionSchema } from '@yttra/api';
import { parseAnswer } from './parseAnswer';

export type {
  AuthProviders,
  BoardRole,
  Session,
  SessionMembership as Membership,
} from '@yttra/api';
export type SessionUser = Session['user'];

export const BOARD_ROLES = boardRoles;

/** The answer of `GET /api/auth/session` and `POST /api/auth/login`. */
export function parseSession(value: unknown): Session {
  return parseAnswer(sessionSchema, value, 'inloggning');
}

export function parseProviders(value: unknown): AuthProviders {
  return parseAnswer(providersSchema, value, 'inloggningssätt');
}
