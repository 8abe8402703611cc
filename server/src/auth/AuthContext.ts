import type { User } from '../accounts/AccountStore';
import type { Credential } from '../accounts/Credential';
import type { Membership } from '../organisation/OrganisationStore';

/** Who is asking, established once per request by `authenticate`. */
export interface AuthContext {
  user: User;
  memberships: Membership[];
  /** Cookie sessions need a CSRF token on state-changing requests; bearer tokens carry no ambient authority. */
  via: 'session' | 'token';
  csrfToken: string | null;
  sessionToken: string | null;
  /** The session or token this request came with; live channels opened with it end when it ends. */
  credential: Credential;
}

export interface AppEnv {
  Variables: { auth: AuthContext | undefined };
}
