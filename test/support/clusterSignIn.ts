/** A demo account signed in on one instance: its session cookie, CSRF token and memberships. */
export interface SignedIn {
  cookie: string;
  csrfToken: string;
  userId: string;
  organisationId: string;
  partyGroupId: string | null;
  /** Headers that authenticate a request with this session, on any instance. */
  headers: Record<string, string>;
}

export async function signIn(baseUrl: string, key: string): Promise<SignedIn> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${key}@demo.yttra.se`, password: 'yttra-demo' }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${key}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as {
    user: { id: string };
    csrfToken: string;
    memberships: { organisationId: string; partyGroupId: string | null }[];
  };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!.replace(/^yttra_session=/, '');
  const membership = body.memberships[0]!;
  return {
    cookie,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    organisationId: membership.organisationId,
    partyGroupId: membership.partyGroupId,
    headers: { cookie: `yttra_session=${cookie}`, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json' },
  };
}
