import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawSocket } from '../support/rawSocket';
import { createTestBoard, type TestBoard } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

describe('sign-in, sessions, CSRF and API tokens', () => {
  let server: RunningServer;
  let board: TestBoard;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir, environment: { LOGIN_MAX_FAILURES: '3' } });
    board = await createTestBoard(server);
  });

  afterAll(async () => {
    await server.close();
    dataDir.remove();
  });

  const login = (email: string, password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('signs in with an HttpOnly, SameSite session cookie and hands out a CSRF token', async () => {
    const response = await login(board.users.memberM.email, 'testlösenord-1');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^yttra_session=ys_/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const body = (await response.json()) as { csrfToken: string; user: { email: string }; memberships: unknown[] };
    expect(body.user.email).toBe(board.users.memberM.email);
    expect(body.memberships).toHaveLength(1);
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('refuses a wrong password, and pauses sign-in after repeated failures', async () => {
    const email = board.users.memberV.email;
    for (let attempt = 0; attempt < 3; attempt++) expect((await login(email, 'fel')).status).toBe(401);
    const blocked = await login(email, 'testlösenord-1');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('requires the CSRF token on state-changing requests made with the session cookie', async () => {
    const { cookie, csrfToken } = board.users.memberL.session;
    const create = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `yttra_session=${cookie}`, ...headers },
        body: JSON.stringify({ title: 'Med kaka', kind: 'text' }),
      });
    expect((await create({})).status).toBe(403);
    expect((await create({ 'x-csrf-token': 'gissad' })).status).toBe(403);
    expect((await create({ 'x-csrf-token': csrfToken })).status).toBe(201);
  });

  it('refuses a cookie-authenticated WebSocket from a foreign origin', async () => {
    const { cookie } = board.users.memberL.session;
    const documentId = (
      (await (
        await fetch(`${server.url}/api/documents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${board.users.memberL.token}` },
          body: JSON.stringify({ title: 'Ursprung', kind: 'text' }),
        })
      ).json()) as { id: string }
    ).id;
    await expect(openRawSocket(server.url, documentId, { cookie, origin: 'https://evil.example' })).rejects.toThrow();
    const sameOrigin = await openRawSocket(server.url, documentId, { cookie, origin: server.url });
    sameOrigin.socket.close();
  });

  it('signs a user out of every session at once', async () => {
    const first = await login(board.users.chair.email, 'testlösenord-1');
    const second = await login(board.users.chair.email, 'testlösenord-1');
    const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    const session = (cookie: string) => fetch(`${server.url}/api/auth/session`, { headers: { cookie } });
    expect((await session(cookieOf(second))).status).toBe(200);
    const out = await fetch(`${server.url}/api/auth/logout-all`, {
      method: 'POST',
      headers: { cookie: cookieOf(first), 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(200);
    expect((await session(cookieOf(first))).status).toBe(401);
    expect((await session(cookieOf(second))).status).toBe(401);
  });

  it('closes the live connections of a user who signs out everywhere', async () => {
    const { cookie, csrfToken } = board.users.memberM2.session;
    const created = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `yttra_session=${cookie}`, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ title: 'Öppet dokument', kind: 'text' }),
    });
    const { id } = (await created.json()) as { id: string };
    const socket = await openRawSocket(server.url, id, { cookie, origin: server.url });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await fetch(`${server.url}/api/auth/logout-all`, {
      method: 'POST',
      headers: { cookie: `yttra_session=${cookie}`, 'x-csrf-token': csrfToken },
    });
    expect((await socket.closed).code).toBe(4401);
  });

  it('creates, uses and revokes personal API tokens', async () => {
    const auth = { authorization: `Bearer ${board.users.admin.token}` };
    const created = await fetch(`${server.url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ name: 'exportskript' }),
    });
    expect(created.status).toBe(201);
    const { token, id } = (await created.json()) as { token: string; id: string };
    const asScript = { authorization: `Bearer ${token}` };
    expect((await fetch(`${server.url}/api/auth/session`, { headers: asScript })).status).toBe(200);
    const listed = (await (await fetch(`${server.url}/api/tokens`, { headers: auth })).json()) as { tokens: object[] };
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await fetch(`${server.url}/api/tokens/${id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    expect((await fetch(`${server.url}/api/auth/session`, { headers: asScript })).status).toBe(401);
  });
});

describe('behind TLS', () => {
  it('marks the session cookie Secure when the public address is https', async () => {
    const dataDir = makeDataDir();
    const server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { PUBLIC_URL: 'https://yttra.kommun.se' },
    });
    const board = await createTestBoard(server);
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: board.users.memberM.email, password: 'testlösenord-1' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
    await server.close();
    dataDir.remove();
  });
});
