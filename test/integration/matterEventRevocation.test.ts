import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventStream, openEventStream } from '../support/eventStream';
import { credentialHeaders } from '../support/liveChannelProbe';
import { waitFor } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard, type TestUser } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

/** The bound: a revoked stream stops delivering within this. */
const WITHIN_MS = 1_000;

/** The matter page's event stream is a live channel like the WebSocket: access changes re-judge it at once. */
describe('the matter event stream obeys access changes', () => {
  const dataDir = makeDataDir();
  let server: RunningServer;
  let board: TestBoard;
  let matterId = '';
  const streams: EventStream[] = [];

  const call = (user: TestUser, method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...bearer(user) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const open = async (headers: Record<string, string>) => {
    const stream = await openEventStream(`${server.url}/api/matters/${matterId}/events`, headers);
    streams.push(stream);
    await waitFor(() => stream.events.some((event) => event.event === 'ready'), 5_000, 'the stream to open');
    return stream;
  };
  const changes = (stream: EventStream) => stream.events.filter((event) => event.event === 'matter').length;
  const endsInTime = async (stream: EventStream, trigger: () => Promise<Response>) => {
    const startedAt = Date.now();
    expect((await trigger()).status).toBeLessThan(300);
    await waitFor(() => stream.isEnded(), Math.max(startedAt + WITHIN_MS - Date.now(), 0), 'the stream to end');
  };

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const created = await call(board.users.admin, 'POST', '/api/matters', {
      organisationId: board.organisationId,
      caseNumber: 'HL 2019/310',
      title: 'Samverkan',
    });
    matterId = ((await created.json()) as { matter: { id: string } }).matter.id;
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await server.close();
    dataDir.remove();
  });

  it('ends when the token it was opened with is deleted', async () => {
    const user = board.users.memberL;
    const tokens = (await (await call(user, 'GET', '/api/tokens')).json()) as { tokens: { id: string }[] };
    const stream = await open(bearer(user));
    await endsInTime(stream, () => call(user, 'DELETE', `/api/tokens/${tokens.tokens[0]!.id}`));
  });

  it('ends when the session it was opened with signs out', async () => {
    const user = board.users.reviewerM;
    const stream = await open(credentialHeaders(user, 'cookie'));
    await endsInTime(stream, () =>
      fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: credentialHeaders(user, 'cookie') }),
    );
  });

  it('ends when its viewer is removed from the board', async () => {
    const stream = await open(bearer(board.users.memberV));
    await endsInTime(stream, () =>
      call(board.users.admin, 'DELETE', `/api/organisations/${board.organisationId}/members/${board.users.memberV.id}`),
    );
  });

  it('follows a viewer moved to another party group: the old group’s drafts go quiet, the new one’s are heard', async () => {
    const moved = board.users.memberM2;
    const stream = await open(bearer(moved));
    const changed = await call(
      board.users.admin,
      'PUT',
      `/api/organisations/${board.organisationId}/members/${moved.id}`,
      { role: 'member', partyGroupId: board.groups.l },
    );
    expect(changed.status).toBe(200);
    const witness = await open(bearer(board.users.memberM));
    // The re-judging is asynchronous; a draft made after it settles goes by the new group.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const mDraft = await call(board.users.memberM, 'POST', `/api/matters/${matterId}/drafts`, {
      title: 'M:s förslag',
      draftKind: 'proposal',
    });
    expect(mDraft.status).toBe(201);
    await waitFor(() => changes(witness) === 1, 5_000, 'M to hear of its own draft');
    const lDraft = await call(moved, 'POST', `/api/matters/${matterId}/drafts`, {
      title: 'L:s förslag',
      draftKind: 'statement',
    });
    expect(lDraft.status).toBe(201);
    await waitFor(() => changes(stream) >= 1, 5_000, 'the moved viewer to hear of its new group’s draft');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(changes(stream)).toBe(1);
    expect(stream.isEnded()).toBe(false);
  });
});
