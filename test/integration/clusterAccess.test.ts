import { CloseCode } from '@yttra/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../support/cluster';
import { type SignedIn, signIn } from '../support/clusterSignIn';
import { openCommentStream } from '../support/commentStream';
import { openEventStream } from '../support/eventStream';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';

/** Generous: several instances share two cores with the rest of the machine. */
const SYNC_MS = 30_000;

/** The bound the single-instance revocation tests hold: the channel closes within a second. */
const WITHIN_MS = 1_000;
const anchor = { start: 'AQIDBA==', end: 'BQYHCA==' };

/**
 * Access is decided from shared storage and every change is re-judged on every instance: what is signed in, shared,
 * revoked or rate-limited on instance A holds on B and C the same.
 */
describe('access across instances', { timeout: 180_000 }, () => {
  let cluster: TestCluster;
  let admin: SignedIn;
  let memberM: SignedIn;
  let memberL: SignedIn;
  let matterId: string;
  let draftId: string;
  const clients: SyncClient[] = [];
  const url = (index: number) => cluster.url(index);

  async function call(index: number, who: SignedIn, method: string, path: string, body?: unknown) {
    const response = await fetch(`${url(index)}${path}`, {
      method,
      headers: who.headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  }
  async function createToken(index: number, who: SignedIn) {
    const created = await call(index, who, 'POST', '/api/tokens', { name: 'kluster' });
    expect(created.status).toBe(201);
    return created.json as { token: string; id: string };
  }
  /** A y-websocket client that records the close codes the server sends it. */
  function socket(index: number, documentId: string, token: string) {
    const client = connectClient(url(index), documentId, token);
    clients.push(client);
    const closes: number[] = [];
    client.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    return { client, closes };
  }
  async function closedWithin(closes: number[], code: number, startedAt: number) {
    await waitFor(() => closes.includes(code), 5_000, `close code ${code}`);
    expect(Date.now() - startedAt).toBeLessThan(WITHIN_MS);
  }

  beforeAll(async () => {
    cluster = await startCluster(3);
    admin = await signIn(url(0), 'sekreterare');
    memberM = await signIn(url(1), 'm');
    memberL = await signIn(url(2), 'l');
    const matter = await call(0, admin, 'POST', '/api/matters', {
      organisationId: admin.organisationId,
      caseNumber: 'KS 2026/1',
      title: 'Klusterprov',
      meetingDate: '2026-12-10',
    });
    expect(matter.status, JSON.stringify(matter.json)).toBe(201);
    matterId = matter.json.matter.id;
    const draft = await call(1, memberM, 'POST', `/api/matters/${matterId}/drafts`, {
      title: 'M+L i klustret',
      draftKind: 'proposal',
    });
    expect(draft.status).toBe(201);
    draftId = draft.json.id;
    // Three processes starting on a loaded two-core machine (PostgreSQL migrations included) take a while.
  }, 180_000);

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await cluster?.stop();
  });

  it('accepts a session and a token made on one instance on every other', async () => {
    for (const index of [0, 1, 2]) {
      const session = await call(index, memberM, 'GET', '/api/auth/session');
      expect(session.status).toBe(200);
      expect(session.json.user.id).toBe(memberM.userId);
    }
    const { token } = await createToken(0, memberM);
    for (const index of [1, 2]) {
      const { client } = socket(index, draftId, token);
      await waitForSync(client, SYNC_MS);
    }
  });

  it('un-sharing on A disconnects the group on B within a second, its comment stream on C too', async () => {
    const shared = await call(1, memberM, 'PUT', `/api/documents/${draftId}/groups`, {
      partyGroupIds: [memberM.partyGroupId, memberL.partyGroupId],
    });
    expect(shared.status).toBe(200);
    const { token } = await createToken(2, memberL);
    const onB = socket(1, draftId, token);
    await waitForSync(onB.client, SYNC_MS);
    const stream = await openCommentStream(url(2), draftId, { authorization: `Bearer ${token}` });
    expect(stream.status).toBe(200);
    await waitFor(() => stream.received.length > 0, SYNC_MS, 'the first comment event');

    const startedAt = Date.now();
    const unshared = await call(0, memberM, 'PUT', `/api/documents/${draftId}/groups`, {
      partyGroupIds: [memberM.partyGroupId],
    });
    expect(unshared.status).toBe(200);
    await closedWithin(onB.closes, CloseCode.forbidden, startedAt);
    await waitFor(() => stream.isEnded(), 2_000, 'the comment stream on C to end');
    // And the group cannot come back on any instance.
    // Not a timing bound (that is the second above): a connect to three processes on a loaded machine can take a
    // while, so wait generously for either outcome and then require the refusal.
    for (const index of [0, 1, 2]) {
      const again = socket(index, draftId, token);
      await waitFor(
        () => again.closes.includes(CloseCode.unknownDocument) || again.client.provider.synced,
        SYNC_MS,
        `an answer on instance ${index}`,
      );
      expect(again.client.provider.synced, `instance ${index} let the un-shared group in`).toBe(false);
      expect(again.closes).toContain(CloseCode.unknownDocument);
      again.client.destroy();
    }
  });

  it('signing out everywhere on one instance closes the sockets on the others', async () => {
    const session = await signIn(url(0), 'm');
    const client = connectClient(url(2), draftId, '', { cookie: session.cookie });
    clients.push(client);
    const closes: number[] = [];
    client.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    await waitForSync(client, SYNC_MS);
    const startedAt = Date.now();
    expect((await call(1, session, 'POST', '/api/auth/logout-all')).status).toBe(200);
    await closedWithin(closes, CloseCode.unauthorized, startedAt);
    expect((await call(2, session, 'GET', '/api/auth/session')).status).toBe(401);
    // That ended M's other sessions too; the tests after this one sign in afresh.
    memberM = await signIn(url(1), 'm');
  });

  it('deleting a token on one instance closes its socket on another', async () => {
    const { token, id } = await createToken(0, memberM);
    const onC = socket(2, draftId, token);
    await waitForSync(onC.client, SYNC_MS);
    const startedAt = Date.now();
    expect((await call(1, memberM, 'DELETE', `/api/tokens/${id}`)).status).toBeLessThan(300);
    await closedWithin(onC.closes, CloseCode.unauthorized, startedAt);
  });

  it('pushes comment and matter events to streams on other instances', async () => {
    const { token } = await createToken(0, memberM);
    const comments = await openCommentStream(url(2), draftId, { authorization: `Bearer ${token}` });
    await waitFor(() => comments.received.length > 0, SYNC_MS, 'the first comment event');
    const events = await openEventStream(`${url(1)}/api/matters/${matterId}/events`, {
      authorization: `Bearer ${token}`,
    });
    const created = await call(0, memberM, 'POST', `/api/documents/${draftId}/comments`, {
      anchor,
      quote: 'förslag',
      body: 'Syns detta på en annan instans?',
    });
    expect(created.status).toBe(201);
    await waitFor(
      () => comments.received.some((event) => event.threads.some((thread) => thread.comments.length > 0)),
      SYNC_MS,
      'the comment on instance C',
    );
    const shared = await call(0, memberM, 'PUT', `/api/documents/${draftId}/groups`, {
      partyGroupIds: [memberM.partyGroupId, memberL.partyGroupId],
    });
    expect(shared.status).toBe(200);
    await waitFor(() => events.events.some((event) => event.event !== ''), SYNC_MS, 'the matter event on B');
    comments.close();
    events.close();
  });

  it('counts failed sign-ins across instances', async () => {
    // LOGIN_MAX_FAILURES is 5 by default: the failures are spread over the three instances.
    for (let attempt = 0; attempt < 5; attempt++) {
      const failed = await fetch(`${url(attempt % 3)}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'v@demo.yttra.se', password: 'fel lösenord' }),
      });
      expect(failed.status).toBe(401);
    }
    for (const index of [0, 1, 2]) {
      const paused = await fetch(`${url(index)}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'v@demo.yttra.se', password: 'yttra-demo' }),
      });
      expect(paused.status).toBe(429);
    }
  });
});
