import type { RunningServer } from '@yttra/server';
import { createOrganisation } from '@yttra/server/setup';

export type TestRole =
  | 'admin'
  | 'chair'
  | 'memberM'
  | 'memberM2'
  | 'memberL'
  | 'memberV'
  | 'reviewerM'
  | 'reviewerV'
  | 'outsider';

export interface TestUser {
  id: string;
  email: string;
  /** A personal API token: `Authorization: Bearer …` or `?token=` on the WebSocket. */
  token: string;
  /** A browser session: the cookie value and the CSRF token that goes with it. */
  session: { cookie: string; csrfToken: string };
}

export interface TestBoard {
  organisationId: string;
  groups: { m: string; l: string; v: string };
  users: Record<TestRole, TestUser>;
}

const PEOPLE: Record<
  TestRole,
  { role: 'administrator' | 'chair' | 'member' | 'reviewer'; party: string | null; board?: string }
> = {
  admin: { role: 'administrator', party: null },
  chair: { role: 'chair', party: null },
  memberM: { role: 'member', party: 'M' },
  memberM2: { role: 'member', party: 'M' },
  memberL: { role: 'member', party: 'L' },
  memberV: { role: 'member', party: 'V' },
  reviewerM: { role: 'reviewer', party: 'M' },
  reviewerV: { role: 'reviewer', party: 'V' },
  outsider: { role: 'administrator', party: null, board: 'annan-namnd' },
};

/**
 * A board with one account per role, set up through the server's own stores (no HTTP), plus a second board
 * whose administrator is an outsider to the first. Every account gets an API token and a session.
 */
export async function createTestBoard(server: RunningServer): Promise<TestBoard> {
  const groups = await createOrganisation(server.organisations, {
    id: 'hl',
    name: 'Hägersten-Liljeholmens stadsdelsnämnd',
  });
  await createOrganisation(server.organisations, { id: 'annan-namnd', name: 'Annan nämnd' });
  const groupOf = (party: string) => groups.find((group) => group.partyAbbreviation === party)!.id;
  const users = {} as Record<TestRole, TestUser>;
  for (const [key, person] of Object.entries(PEOPLE) as [TestRole, (typeof PEOPLE)[TestRole]][]) {
    const email = `${key.toLowerCase()}@test.yttra.se`;
    const user = await server.accounts.register({ email, displayName: key, password: 'testlösenord-1' });
    await server.organisations.setMembership({
      organisationId: person.board ?? 'hl',
      userId: user.id,
      role: person.role,
      partyGroupId: person.party ? groupOf(person.party) : null,
    });
    const { token } = await server.accounts.createApiToken(user.id, 'test');
    const session = await server.accounts.startSession(user.id);
    users[key] = { id: user.id, email, token, session: { cookie: session.token, csrfToken: session.csrfToken } };
  }
  return { organisationId: 'hl', groups: { m: groupOf('M'), l: groupOf('L'), v: groupOf('V') }, users };
}

/** Headers for an API call as `user` with their token. */
export function bearer(user: TestUser): Record<string, string> {
  return { authorization: `Bearer ${user.token}` };
}
