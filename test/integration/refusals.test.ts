import { SYNC_PATH } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openCommentStream } from '../support/commentStream';
import { bearer, createTestBoard, type TestBoard, type TestRole } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

/** A well-formed id that names no document. */
const UNKNOWN = 'okantdokument0000000000';
const anchor = { start: 'AQIDBA==', end: 'BQYHCA==' };

/**
 * An untabled draft's existence belongs to its groups: everyone else must get, on every route, exactly the
 * answer (status and body) an unknown id gets. M's draft here is untabled and shared with nobody.
 */
describe('refusals that give nothing away', () => {
  let server: RunningServer;
  let board: TestBoard;
  let matterId: string;
  let draftId: string;
  let threadId: string;
  let commentId: string;
  const dataDir = makeDataDir();

  async function answer(who: TestRole, method: string, path: string, body?: unknown) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...bearer(board.users[who]) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.text() };
  }

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const matter = await answer('admin', 'POST', '/api/matters', {
      organisationId: board.organisationId,
      caseNumber: 'HL 2019/310',
      title: 'Samverkan',
    });
    matterId = JSON.parse(matter.body).matter.id;
    draftId = JSON.parse(
      (await answer('memberM', 'POST', `/api/matters/${matterId}/drafts`, { title: 'Hemligt', draftKind: 'proposal' }))
        .body,
    ).id;
    const thread = await answer('memberM', 'POST', `/api/documents/${draftId}/comments`, {
      anchor,
      quote: 'x',
      body: 'Intern kommentar',
    });
    const created = JSON.parse(thread.body);
    threadId = created.id;
    commentId = created.comments[0].id;
  });

  afterAll(async () => {
    await server.close();
    dataDir.remove();
  });

  const routes: [string, string, (id: string) => string, unknown?][] = [
    ['metadata', 'GET', (id) => `/api/documents/${id}`],
    ['text export', 'GET', (id) => `/api/documents/${id}/export/txt`],
    ['PDF export', 'GET', (id) => `/api/documents/${id}/export/pdf`],
    ['comment list', 'GET', (id) => `/api/documents/${id}/comments`],
    ['people to mention', 'GET', (id) => `/api/documents/${id}/people`],
    ['new thread', 'POST', (id) => `/api/documents/${id}/comments`, { anchor, quote: 'x', body: 'Hej' }],
    ['reply', 'POST', (id) => `/api/documents/${id}/comments/${threadId}/replies`, { body: 'Hej' }],
    ['edit', 'PATCH', (id) => `/api/documents/${id}/comments/${threadId}/replies/${commentId}`, { body: 'Hej' }],
    ['delete', 'DELETE', (id) => `/api/documents/${id}/comments/${threadId}/replies/${commentId}`],
    ['hide', 'POST', (id) => `/api/documents/${id}/comments/${threadId}/replies/${commentId}/hide`],
    ['resolve', 'POST', (id) => `/api/documents/${id}/comments/${threadId}/resolve`],
    ['reopen', 'POST', (id) => `/api/documents/${id}/comments/${threadId}/reopen`],
    ['share', 'PUT', (id) => `/api/documents/${id}/groups`, { partyGroupIds: ['x'] }],
    ['table', 'POST', (id) => `/api/documents/${id}/table`],
    ['tabled versions', 'GET', (id) => `/api/documents/${id}/tabled`],
    ['paragraph in the JSON format', 'GET', (id) => `/api/documents/${id}/paragraph`],
    ['withdraw', 'DELETE', (id) => `/api/documents/${id}`],
    ['versions', 'GET', (id) => `/api/documents/${id}/versions`],
    ['name a version', 'POST', (id) => `/api/documents/${id}/versions`, { name: 'Hemligt' }],
    ['a version', 'GET', (id) => `/api/documents/${id}/versions/${UNKNOWN_VERSION}`],
    ['restore a version', 'POST', (id) => `/api/documents/${id}/versions/${UNKNOWN_VERSION}/restore`],
    ['compare', 'GET', (id) => `/api/documents/${id}/compare?from=now&to=now`],
  ];
  const UNKNOWN_VERSION = '00000000-0000-4000-8000-000000000000';
  const strangers: TestRole[] = ['admin', 'chair', 'memberV', 'memberL', 'reviewerV', 'outsider'];

  for (const who of strangers) {
    it.each(routes)(`${who}: %s answers as for an unknown id`, async (_name, method, path, body) => {
      const refused = await answer(who, method, path(draftId), body);
      const unknown = await answer(who, method, path(UNKNOWN), body);
      expect(refused).toEqual(unknown);
      expect(refused.status).toBe(404);
      expect(refused.body).not.toContain('Hemligt');
    });
  }

  it.each(strangers)('%s: the comment stream answers as for an unknown id', async (who) => {
    const streams = await Promise.all(
      [draftId, UNKNOWN].map((id) => openCommentStream(server.url, id, bearer(board.users[who]))),
    );
    expect(streams.map((stream) => stream.status)).toEqual([404, 404]);
  });

  it.each(strangers)('%s: the WebSocket closes as for an unknown document', async (who) => {
    const closeOf = (id: string) =>
      new Promise<{ code: number; reason: string; frames: number }>((resolve) => {
        let frames = 0;
        const socket = new WebSocket(
          `${server.url.replace(/^http/, 'ws')}${SYNC_PATH}/${id}?token=${board.users[who].token}`,
        );
        socket.on('message', () => {
          frames += 1;
        });
        socket.on('close', (code, reason) => resolve({ code, reason: reason.toString(), frames }));
      });
    const [refused, unknown] = await Promise.all([closeOf(draftId), closeOf(UNKNOWN)]);
    expect(refused).toEqual(unknown);
    expect(refused).toMatchObject({ code: 4404, frames: 0 });
  });

  it('assembly answers an untabled draft as it answers a draft that does not exist', async () => {
    const refused = await answer('admin', 'POST', `/api/matters/${matterId}/assemble`, {
      draftDocumentId: draftId,
      version: 1,
    });
    const unknown = await answer('admin', 'POST', `/api/matters/${matterId}/assemble`, {
      draftDocumentId: UNKNOWN,
      version: 1,
    });
    expect(refused).toEqual(unknown);
  });

  it('still tells a reader what they may not do (403), since they know the document', async () => {
    const reviewer = await answer('reviewerM', 'PUT', `/api/documents/${draftId}/groups`, { partyGroupIds: ['x'] });
    expect(reviewer.status).toBe(403);
  });
});
