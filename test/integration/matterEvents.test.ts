import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventStream, openEventStream } from '../support/eventStream';
import { waitFor } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard, type TestRole } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

type Viewer = Extract<TestRole, 'admin' | 'chair' | 'memberM' | 'memberL' | 'memberV' | 'reviewerM' | 'outsider'>;
const VIEWERS: Viewer[] = ['admin', 'chair', 'memberM', 'memberL', 'memberV', 'reviewerM'];

describe('the matter event stream', () => {
  const dataDir = makeDataDir();
  let server: RunningServer;
  let board: TestBoard;
  let matterId = '';
  const streams = new Map<Viewer, EventStream>();

  const api = async (who: Viewer, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...bearer(board.users[who]), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const changesOf = (who: Viewer) =>
    streams
      .get(who)!
      .events.filter((event) => event.event === 'matter')
      .map((event) => (JSON.parse(event.data) as { change: string }).change);
  /** Lets every stream receive what was published, so an absence means it was not sent. */
  const settle = async (expectedBy: Viewer, count: number) => {
    await waitFor(() => changesOf(expectedBy).length >= count, 5_000, `${expectedBy} to get ${count} events`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  };

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const created = await api('admin', 'POST', '/api/matters', {
      organisationId: board.organisationId,
      caseNumber: 'HL 2019/310',
      title: 'Samverkan med polisen',
    });
    matterId = (created.json.matter as { id: string }).id;
    for (const who of VIEWERS) {
      const stream = await openEventStream(`${server.url}/api/matters/${matterId}/events`, bearer(board.users[who]));
      streams.set(who, stream);
      await waitFor(() => stream.events.some((event) => event.event === 'ready'), 5_000, `${who}'s stream`);
    }
  });
  afterAll(async () => {
    for (const stream of streams.values()) stream.close();
    await server.close();
    dataDir.remove();
  });

  it('refuses viewers outside the board, as the matter itself does', async () => {
    const response = await fetch(`${server.url}/api/matters/${matterId}/events`, {
      headers: bearer(board.users.outsider),
    });
    expect(response.status).toBe(404);
    expect((await fetch(`${server.url}/api/matters/${matterId}/events`)).status).toBe(401);
  });

  it('tells a new and a shared draft only to its own groups: never to another party or to staff', async () => {
    const draft = await api('memberM', 'POST', `/api/matters/${matterId}/drafts`, {
      title: 'Vårt förslag',
      draftKind: 'proposal',
    });
    expect(draft.status).toBe(201);
    await settle('memberM', 1);
    expect(changesOf('memberM')).toEqual(['draft']);
    expect(changesOf('reviewerM')).toEqual(['draft']);
    for (const who of ['memberL', 'memberV', 'admin', 'chair'] as const) expect(changesOf(who), who).toEqual([]);

    const shared = await api('memberM', 'PUT', `/api/documents/${draft.json.id}/groups`, {
      partyGroupIds: [board.groups.m, board.groups.l],
    });
    expect(shared.status).toBe(200);
    await settle('memberL', 1);
    expect(changesOf('memberL')).toEqual(['draft']);
    for (const who of ['memberV', 'admin', 'chair'] as const) expect(changesOf(who), who).toEqual([]);

    // Tabled, the draft is the whole board's: everyone's page refreshes.
    expect((await api('memberL', 'POST', `/api/documents/${draft.json.id}/table`)).status).toBe(201);
    await settle('memberV', 1);
    for (const who of VIEWERS) expect(changesOf(who).at(-1), who).toBe('tabled');

    const assembled = await api('admin', 'POST', `/api/matters/${matterId}/assemble`, {
      draftDocumentId: draft.json.id,
      version: 1,
    });
    expect(assembled.status).toBe(200);
    await settle('chair', 2);
    for (const who of VIEWERS) expect(changesOf(who).at(-1), who).toBe('assembled');
  });
});
