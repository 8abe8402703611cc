import { SYNC_PATH } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { streamLargeBody } from '../support/streamLargeBody';
import { bearer, createTestBoard, type TestBoard } from '../support/testBoard';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

const MiB = 1024 * 1024;

/** The status a WebSocket upgrade with these headers gets; 101 when it is accepted. */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', (error) => reject(error));
  });
}

describe('hostile HTTP requests', () => {
  let server: RunningServer;
  let board: TestBoard;
  let documentId: string;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    documentId = await createDocument(server.url, board.users.memberM.token, 'Mål för angrepp');
  });

  afterAll(async () => {
    await server.close();
    dataDir.remove();
  });

  it('refuses an anonymous 256 MB sign-in body with 413 without reading it', async () => {
    const rssBefore = process.memoryUsage().rss;
    const outcome = await streamLargeBody(`${server.url}/api/auth/login`, {
      totalBytes: 256 * MiB,
      declareLength: true,
    });
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toEqual({ error: 'Begäran är för stor (högst 16 kB)' });
    // Answered after a sliver of the body (what the sockets buffer), not after 256 MB; nothing was held.
    expect(outcome.bytesSent).toBeLessThan(16 * MiB);
    expect(rssGrowth).toBeLessThan(64 * MiB);
    expect(outcome.headers.connection).toBe('close');
  });

  it('refuses a chunked body without a declared length as soon as it passes the limit', async () => {
    const outcome = await streamLargeBody(`${server.url}/api/auth/login`, {
      totalBytes: 256 * MiB,
      declareLength: false,
    });
    expect(outcome.status).toBe(413);
    expect(outcome.bytesSent).toBeLessThan(16 * MiB);
  });

  it.each([
    ['POST', '/api/auth/login', 16],
    ['POST', '/api/tokens', 16],
    ['POST', '/api/matters', 16],
    ['POST', '/api/documents', 16],
    ['PUT', '/api/documents/abcdefgh/groups', 16],
    ['POST', '/api/matters/abcdefgh/assemble', 16],
    ['POST', '/api/matters/abcdefgh/outcome', 16],
    ['PUT', '/api/organisations/hl/members/someone', 16],
    ['POST', '/api/documents/abcdefgh/comments', 128],
    ['POST', '/api/documents/abcdefgh/comments/t/replies', 128],
  ] as const)('limits %s %s to %i kB before parsing or authenticating', async (method, path, kilobytes) => {
    const headers = { 'content-type': 'application/json', ...bearer(board.users.admin) };
    const over = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body: JSON.stringify({ padding: 'x'.repeat(kilobytes * 1024) }),
    });
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({ error: `Begäran är för stor (högst ${kilobytes} kB)` });
    const under = await fetch(`${server.url}${path}`, { method, headers, body: JSON.stringify({ padding: 'x' }) });
    expect(under.status).not.toBe(413);
  });

  it('lets the longest comment the schema allows through, even in JSON’s most expensive escaping', async () => {
    const body = 'Ö\u0001'.repeat(5_000);
    const response = await fetch(`${server.url}/api/documents/${documentId}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(board.users.memberM) },
      body: JSON.stringify({ anchor: { start: 'AQID', end: 'BAUG' }, quote: '\u0002'.repeat(2_000), body }),
    });
    expect(response.status).toBe(201);
  });

  it.each([
    [
      'a matter in a board id of 65 characters',
      'POST',
      '/api/matters',
      { organisationId: 'o'.repeat(65), caseNumber: 'A', title: 'B' },
    ],
    [
      'an outcome naming a proposal of 65 characters',
      'POST',
      '/api/matters/abcdefgh/outcome',
      { winningProposal: 'p'.repeat(65) },
    ],
    [
      'an assembly of version 10^9',
      'POST',
      '/api/matters/abcdefgh/assemble',
      { draftDocumentId: 'abcdefgh', version: 1e9 },
    ],
    [
      'sharing with a group id of 65 characters',
      'PUT',
      `/api/documents/abcdefgh/groups`,
      { partyGroupIds: ['g'.repeat(65)] },
    ],
    ['a title of 201 characters', 'POST', '/api/documents', { title: 't'.repeat(201) }],
    [
      'a comment of 10,001 characters',
      'POST',
      '/api/documents/abcdefgh/comments',
      { anchor: { start: 'AQID', end: 'BAUG' }, quote: '', body: 'k'.repeat(10_001) },
    ],
  ] as const)('refuses %s with 400 before looking anything up', async (_name, method, path, body) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...bearer(board.users.admin) },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'Ogiltig begäran' });
  });

  it('answers malformed JSON with a Swedish 400', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Begäran innehåller ogiltig JSON' });
  });

  it.each(['null', 'http://[::1', 'not a url', 'file:///etc/passwd', 'http://%zz'])(
    'answers a cookie WebSocket upgrade with the malformed Origin %j with 400, never 500',
    async (origin) => {
      const status = await upgradeStatus(`${server.url.replace(/^http/, 'ws')}${SYNC_PATH}/${documentId}`, {
        cookie: `yttra_session=${board.users.memberM.session.cookie}`,
        origin,
      });
      expect(status).toBe(400);
    },
  );

  it('refuses a foreign Origin with 403 and accepts our own', async () => {
    const url = `${server.url.replace(/^http/, 'ws')}${SYNC_PATH}/${documentId}`;
    const cookie = `yttra_session=${board.users.memberM.session.cookie}`;
    expect(await upgradeStatus(url, { cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(url, { cookie, origin: server.url })).toBe(101);
  });

  it.each([
    ['a cookie with broken percent-encoding', { cookie: 'yttra_session=%E0%A4%A' }],
    ['a huge cookie', { cookie: `yttra_session=${'a'.repeat(6_000)}` }],
    ['a bearer token of garbage', { authorization: `Bearer ${'ÿ'.repeat(3)}%00` }],
    ['an authorization scheme nobody uses', { authorization: 'Negotiate abc' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['a CSRF token of another length', { cookie: 'yttra_session=x', 'x-csrf-token': 'a'.repeat(500) }],
    ['a content type with odd parameters', { 'content-type': 'application/json; charset=utf-999; x=' }],
  ])('answers %s with a 4xx, never a 500', async (_name, headers) => {
    for (const [method, path] of [
      ['GET', '/api/auth/session'],
      ['GET', `/api/documents/${documentId}`],
      ['POST', '/api/documents'],
      ['GET', `${SYNC_PATH}/${documentId}`],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: headers as Record<string, string>,
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      expect(Object.keys(await response.json())).toContain('error');
    }
  });
});
