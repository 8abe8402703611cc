import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

/** The draft's first paragraph's text: where a party writes. */
function firstText(client: SyncClient): Y.XmlText {
  for (const node of client.doc.getXmlFragment(CONTENT_FRAGMENT).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlElement && node.nodeName === 'paragraph') {
      const existing = node.get(0);
      if (existing instanceof Y.XmlText) return existing;
      const text = new Y.XmlText();
      node.insert(0, [text]);
      return text;
    }
  }
  throw new Error('no paragraph');
}

/** Text and suggestion marks as y-prosemirror stores them: the mark's name as a formatting attribute. */
function runs(client: SyncClient): string {
  return (firstText(client).toDelta() as { insert: string; attributes?: Record<string, { authorId?: string }> }[])
    .map(({ insert, attributes }) => {
      const mark = attributes?.insertion ? 'ins' : attributes?.deletion ? 'del' : undefined;
      return mark ? `[${mark}:${insert}]` : insert;
    })
    .join('');
}

const suggestion = (authorId: string, id: string) => ({
  id,
  authorId,
  authorName: 'Lena Liberal',
  createdAt: Date.now(),
});

describe('a draft shared for suggestions only', () => {
  let server: RunningServer;
  let board: TestBoard;
  let documentId = '';
  const clients: SyncClient[] = [];
  const dataDir = makeDataDir();

  const api = async (path: string, user: keyof TestBoard['users'], init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...bearer(board.users[user]), ...init.headers },
    });
  const connect = async (user: keyof TestBoard['users']) => {
    const client = connectClient(server.url, documentId, board.users[user].token);
    clients.push(client);
    await waitForSync(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const matter = await api('/api/matters', 'admin', {
      method: 'POST',
      body: JSON.stringify({ organisationId: 'hl', caseNumber: 'HL 2019/310', title: 'Samverkan' }),
    });
    const matterId = ((await matter.json()) as { matter: { id: string } }).matter.id;
    const draft = await api(`/api/matters/${matterId}/drafts`, 'memberM', {
      method: 'POST',
      body: JSON.stringify({ title: 'Förslag från M', draftKind: 'proposal' }),
    });
    documentId = ((await draft.json()) as { id: string }).id;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    dataDir.remove();
  });

  it('is shared by its owners with a group that may only suggest, and that group is told so', async () => {
    const before = await api(`/api/documents/${documentId}`, 'memberL');
    expect(before.status).toBe(404);
    const ownGroupSuggestOnly = await api(`/api/documents/${documentId}/groups`, 'memberM', {
      method: 'PUT',
      body: JSON.stringify({ partyGroupIds: [board.groups.m, board.groups.l], suggestOnlyGroupIds: [board.groups.m] }),
    });
    expect(ownGroupSuggestOnly.status).toBe(400);
    const shared = await api(`/api/documents/${documentId}/groups`, 'memberM', {
      method: 'PUT',
      body: JSON.stringify({ partyGroupIds: [board.groups.m, board.groups.l], suggestOnlyGroupIds: [board.groups.l] }),
    });
    expect(shared.status).toBe(200);
    expect(await shared.json()).toEqual({
      partyGroupIds: [board.groups.m, board.groups.l],
      suggestOnlyGroupIds: [board.groups.l],
    });
    const asL = (await (await api(`/api/documents/${documentId}`, 'memberL')).json()) as { access: unknown };
    expect(asL.access).toEqual({ read: true, write: false, comment: true, suggest: true });
    const asM = (await (await api(`/api/documents/${documentId}`, 'memberM')).json()) as { access: unknown };
    expect(asM.access).toEqual({ read: true, write: true, comment: true, suggest: true });
    // A suggest-only group cannot reshare, table or withdraw the draft.
    const reshare = await api(`/api/documents/${documentId}/groups`, 'memberL', {
      method: 'PUT',
      body: JSON.stringify({ partyGroupIds: [board.groups.m, board.groups.l] }),
    });
    expect(reshare.status).toBe(403);
  });

  it("refuses a suggest-only connection's direct edits and applies its own suggestions, which the owners accept", async () => {
    const owner = await connect('memberM');
    firstText(owner).insert(0, 'Nämnden bifaller förslaget.');
    const direct = await connect('memberL');
    await waitFor(() => runs(direct) === 'Nämnden bifaller förslaget.', 5_000, 'L to see M’s text');

    // A direct edit: plain text, and a removal of M's words. Neither reaches M nor storage.
    firstText(direct).insert(0, 'Inte: ');
    firstText(direct).delete(8, 9);
    // A suggestion that claims to be M's is a direct edit too.
    firstText(direct).insert(0, 'Falskt ', { insertion: suggestion(board.users.memberM.id, 'sforged') });

    // A fresh connection of L (the refused one has diverged for good) suggests: an insertion and a deletion.
    const suggester = await connect('memberL');
    firstText(suggester).insert(8, 'inte ', { insertion: suggestion(board.users.memberL.id, 'sl1') });
    firstText(suggester).format(0, 7, { deletion: suggestion(board.users.memberL.id, 'sl2') });
    await waitFor(
      () => runs(owner) === '[del:Nämnden] [ins:inte ]bifaller förslaget.',
      5_000,
      'M to see L’s suggestions',
    );
    // The refused edits were never applied: M and a fresh reader see only the suggestions.
    const reader = await connect('memberM');
    expect(runs(reader)).toBe('[del:Nämnden] [ins:inte ]bifaller förslaget.');
    expect(runs(owner)).not.toContain('Inte');
    expect(runs(owner)).not.toContain('Falskt');

    // L withdraws its deletion: its own suggestion, so allowed.
    firstText(suggester).format(0, 7, { deletion: null });
    await waitFor(() => runs(owner) === 'Nämnden [ins:inte ]bifaller förslaget.', 5_000, 'the withdrawal');

    // L cannot accept its own suggestion (that would be writing).
    firstText(suggester).format(8, 5, { insertion: null });
    // M accepts it: the owners write.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs(owner)).toBe('Nämnden [ins:inte ]bifaller förslaget.');
    firstText(owner).format(8, 5, { insertion: null });
    const later = await connect('memberL');
    await waitFor(() => runs(later) === 'Nämnden inte bifaller förslaget.', 5_000, 'the acceptance');
  });

  it('tables the owners’ text without the suggestions still open', async () => {
    const suggester = await connect('memberL');
    await waitFor(() => runs(suggester) === 'Nämnden inte bifaller förslaget.', 5_000, 'L to load the text');
    firstText(suggester).insert(0, 'Enhälligt: ', { insertion: suggestion(board.users.memberL.id, 'sl3') });
    const owner = await connect('memberM');
    await waitFor(() => runs(owner).startsWith('[ins:Enhälligt: ]'), 5_000, 'M to see the open suggestion');
    const tabled = await api(`/api/documents/${documentId}/table`, 'memberM', { method: 'POST' });
    expect(tabled.status).toBe(201);
    const versions = (await (await api(`/api/documents/${documentId}/tabled`, 'memberV')).json()) as {
      tabled: { text: string }[];
    };
    const text = versions.tabled.at(-1)?.text ?? '';
    expect(text).toContain('Nämnden inte bifaller förslaget.');
    expect(text).not.toContain('Enhälligt');
    expect(JSON.stringify(versions)).not.toContain('insertion');
  });

  it('lets the suggest-only group read and comment but never write over HTTP either', async () => {
    const paragraph = await api(`/api/documents/${documentId}/export/txt`, 'memberL');
    expect(paragraph.status).toBe(200);
    const table = await api(`/api/documents/${documentId}/table`, 'memberL', { method: 'POST' });
    expect(table.status).toBe(403);
    const withdraw = await api(`/api/documents/${documentId}`, 'memberL', { method: 'DELETE' });
    expect(withdraw.status).toBe(403);
  });
});
