import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard, type TestRole } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

interface Thread {
  id: string;
  quote: string;
  createdBy: { name: string };
  resolvedAt: number | null;
  comments: {
    id: string;
    author: { id: string; name: string };
    body: string | null;
    deleted: boolean;
    hidden: boolean;
  }[];
}

describe('comments written through the server', () => {
  let server: RunningServer;
  let board: TestBoard;
  let draftId: string;
  const dataDir = makeDataDir();
  const clients: SyncClient[] = [];
  const anchor = { start: 'AQIDBA==', end: 'BQYHCA==' };

  async function api(who: TestRole, method: string, path: string, body?: unknown) {
    const response = await fetch(`${server.url}/api/documents/${draftId}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...bearer(board.users[who]) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
  }
  const threads = async (who: TestRole) => (await api(who, 'GET', '/comments')).json.threads as Thread[];

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const matter = await fetch(`${server.url}/api/matters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(board.users.admin) },
      body: JSON.stringify({ organisationId: board.organisationId, caseNumber: 'HL 2019/310', title: 'Samverkan' }),
    });
    const matterId = ((await matter.json()) as { matter: { id: string } }).matter.id;
    const draft = await fetch(`${server.url}/api/matters/${matterId}/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(board.users.memberM) },
      body: JSON.stringify({ title: 'M:s förslag', draftKind: 'proposal' }),
    });
    draftId = ((await draft.json()) as { id: string }).id;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    dataDir.remove();
  });

  it('lets a reviewer comment but never change the text', async () => {
    const created = await api('reviewerM', 'POST', '/comments', { anchor, quote: 'förslag', body: 'Stämmer det här?' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ quote: 'förslag', createdBy: { name: 'reviewerM' } });
    const reviewer = connectClient(server.url, draftId, board.users.reviewerM.token);
    const author = connectClient(server.url, draftId, board.users.memberM.token);
    clients.push(reviewer, author);
    await Promise.all([waitForSync(reviewer), waitForSync(author)]);
    reviewer.appendParagraph('Granskaren skriver i texten');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(author.text()).not.toContain('Granskaren skriver');
  });

  it('records the author itself: a forged author field is ignored, and nobody edits another’s comment', async () => {
    const forged = await api('memberM', 'POST', '/comments', {
      anchor,
      quote: 'x',
      body: 'Svar',
      author: { id: board.users.admin.id, name: 'Sekreteraren' },
      createdBy: board.users.admin.id,
    });
    expect(forged.status).toBe(201);
    expect(forged.json.createdBy.name).toBe('memberM');
    expect(forged.json.comments[0].author.id).toBe(board.users.memberM.id);

    const [first] = await threads('memberM');
    const reviewerComment = first!.comments[0]!;
    expect(
      (await api('memberM', 'PATCH', `/comments/${first!.id}/replies/${reviewerComment.id}`, { body: 'Ändrad' }))
        .status,
    ).toBe(403);
    expect((await api('memberM', 'DELETE', `/comments/${first!.id}/replies/${reviewerComment.id}`)).status).toBe(403);
    expect(
      (await api('reviewerM', 'PATCH', `/comments/${first!.id}/replies/${reviewerComment.id}`, { body: 'Förtydligad' }))
        .status,
    ).toBe(204);
  });

  it('keeps comments to those who may read the document', async () => {
    for (const who of ['memberV', 'admin', 'chair', 'reviewerV', 'outsider'] as const) {
      const listed = await api(who, 'GET', '/comments');
      expect([403, 404], who).toContain(listed.status);
      expect(listed.text).not.toContain('Stämmer det här');
      expect(
        (await api(who, 'POST', '/comments', { anchor, quote: 'x', body: 'Intrång' })).status,
      ).toBeGreaterThanOrEqual(403);
    }
  });

  it('replies, resolves and reopens, and pushes every change live to viewers', async () => {
    const events: Thread[][] = [];
    const abort = new AbortController();
    const stream = await fetch(`${server.url}/api/documents/${draftId}/comments/events`, {
      headers: bearer(board.users.reviewerM),
      signal: abort.signal,
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (const match of buffer.matchAll(/event: threads\ndata: (.*)\n\n/g))
          events.push(JSON.parse(match[1]!).threads);
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      }
    })();
    await waitFor(() => events.length >= 1, 5_000, 'the initial event');

    const [thread] = await threads('memberM');
    expect((await api('memberM', 'POST', `/comments/${thread!.id}/replies`, { body: 'Ja, det stämmer.' })).status).toBe(
      201,
    );
    await waitFor(
      () => events.at(-1)?.[0]?.comments.some((comment) => comment.body === 'Ja, det stämmer.') ?? false,
      5_000,
      'the reply, live',
    );
    expect((await api('memberM', 'POST', `/comments/${thread!.id}/resolve`)).status).toBe(204);
    await waitFor(() => events.at(-1)?.[0]?.resolvedAt !== null, 5_000, 'the resolution, live');
    expect((await api('reviewerM', 'POST', `/comments/${thread!.id}/reopen`)).status).toBe(204);
    await waitFor(() => events.at(-1)?.[0]?.resolvedAt === null, 5_000, 'the reopening, live');
    abort.abort();
  });

  it('lets an author delete their own comment, visibly', async () => {
    const [thread] = await threads('memberM');
    const own = thread!.comments.find((comment) => comment.author.id === board.users.memberM.id)!;
    expect((await api('memberM', 'DELETE', `/comments/${thread!.id}/replies/${own.id}`)).status).toBe(204);
    const after = (await threads('reviewerM'))[0]!.comments.find((comment) => comment.id === own.id)!;
    expect(after).toMatchObject({ deleted: true, body: null });
  });

  it('lets a comment mention only people who can read the document', async () => {
    const people = (await api('memberM', 'GET', '/people')).json.people as { id: string; name: string }[];
    expect(people.map((person) => person.name).sort()).toEqual(['memberM', 'memberM2', 'reviewerM']);
    const leaking = await api('memberM', 'POST', '/comments', {
      anchor,
      quote: 'x',
      body: '@memberV titta här',
      mentions: [board.users.memberV.id],
    });
    expect(leaking.status).toBe(400);
    const [thread] = await threads('memberM');
    const mentioned = await api('memberM', 'POST', `/comments/${thread!.id}/replies`, {
      body: '@memberM2 vad tycker du?',
      mentions: [board.users.memberM2.id],
    });
    expect(mentioned.status).toBe(201);
    const stored = (await threads('memberM2'))[0]!.comments.find(
      (comment) => comment.id === mentioned.json.id,
    ) as unknown as {
      mentions: { name: string }[];
    };
    expect(stored.mentions.map((person) => person.name)).toEqual(['memberM2']);
    // A draft the caller may not read answers exactly like one that does not exist.
    expect((await api('memberV', 'GET', '/people')).status).toBe(404);
  });

  it('leaves comments out of exports unless asked, then adds them as an annex', async () => {
    const plain = await (
      await fetch(`${server.url}/api/documents/${draftId}/export/txt`, { headers: bearer(board.users.memberM) })
    ).text();
    expect(plain).not.toContain('Kommentarer');
    const withComments = await (
      await fetch(`${server.url}/api/documents/${draftId}/export/txt?comments=1`, {
        headers: bearer(board.users.memberM),
      })
    ).text();
    expect(withComments).toContain('Kommentarer (internt underlag)');
    expect(withComments).toContain('reviewerM: Förtydligad');
    expect(withComments).toContain('[borttagen]');
  });

  it('refuses empty or oversized comments and malformed anchors', async () => {
    expect((await api('memberM', 'POST', '/comments', { anchor, quote: 'x', body: '   ' })).status).toBe(400);
    expect((await api('memberM', 'POST', '/comments', { anchor, quote: 'x', body: 'x'.repeat(10_001) })).status).toBe(
      400,
    );
    expect(
      (await api('memberM', 'POST', '/comments', { anchor: { start: '<script>', end: 'x' }, quote: 'x', body: 'x' }))
        .status,
    ).toBe(400);
  });
});
