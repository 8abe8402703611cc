import { z } from 'zod';
import { boardRoles } from './vocabulary';

export const membershipSchema = z.object({
  organisationId: z.string(),
  role: z.enum(boardRoles),
  /** Members and reviewers belong to a party group; administrators and chairs to none. */
  partyGroupId: z.string().nullable(),
});
export type SessionMembership = z.infer<typeof membershipSchema>;

/** `GET /api/auth/session` and `POST /api/auth/login`. */
export const sessionSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }),
  csrfToken: z.string(),
  memberships: z.array(membershipSchema),
});
export type Session = z.infer<typeof sessionSchema>;

/** `GET /api/auth/providers`: the municipality's own sign-in (OpenID Connect) is configured or not. */
export const providersSchema = z.object({ password: z.boolean().default(true), oidc: z.boolean().default(false) });
export type AuthProviders = z.infer<typeof providersSchema>;
