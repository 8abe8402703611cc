import { contentToUpdate } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { extractDocxText, extractHtmlText, extractPdfText } from '@yttra/server/export-test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openRawSocket } from '../support/rawSocket';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

const fragmentOf = (client: SyncClient) => client.doc.getXmlFragment(CONTENT_FRAGMENT);
const topNames = (client: SyncClient) =>
  fragmentOf(client)
    .toArray()
    .map((node) => (node as Y.XmlElement).nodeName);
function elementNames(client: SyncClient): string[] {
  const names: string[] = [];
  for (const node of fragmentOf(client).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlElement) names.push(node.nodeName);
  }
  return names;
}
/** The draft's first paragraph: where a party starts writing. */
function firstParagraph(client: SyncClient): Y.XmlElement {
  for (const node of fragmentOf(client).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlElement && node.nodeName === 'paragraph') return node;
  }
  throw new Error('no paragraph');
}
function typeInto(paragraph: Y.XmlElement, text: string): void {
  const existing = paragraph.get(0);
  if (existing instanceof Y.XmlText) existing.insert(existing.length, text);
  else paragraph.insert(0, [new Y.XmlText(text)]);
}

describe("a party's draft through sync and HTTP", () => {
  let server: RunningServer;
  let board: TestBoard;
  let matterId = '';
  const clients: SyncClient[] = [];
  const dataDir = makeDataDir();

  const api = async (path: string, user: keyof TestBoard['users'], init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...bearer(board.users[user]), ...init.headers },
    });
  const newDraft = async (draftKind: string): Promise<string> => {
    const response = await api(`/api/matters/${matterId}/drafts`, 'memberM', {
      method: 'POST',
      body: JSON.stringify({ title: `Utkast ${draftKind}`, draftKind }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const connect = async (documentId: string) => {
    const client = connectClient(server.url, documentId, board.users.memberM.token);
    clients.push(client);
    await waitForSync(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const response = await api('/api/matters', 'admin', {
      method: 'POST',
      body: JSON.stringify({ organisationId: 'hl', caseNumber: 'HL 2019/310', title: 'Samverkan' }),
    });
    matterId = ((await response.json()) as { matter: { id: string } }).matter.id;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    dataDir.remove();
  });

  it('is seeded as its one block, with the matter header beside it for phrasing', async () => {
    for (const [kind, block] of [
      ['proposal', 'proposal'],
      ['statement', 'statement'],
      ['reservation', 'reservation'],
      ['protocolNote', 'statement'],
    ] as const) {
      const client = await connect(await newDraft(kind));
      expect(topNames(client), kind).toEqual([block]);
      expect(elementNames(client)).not.toContain('protocolHeader');
      await waitFor(() => client.doc.getMap('draftContext').get('caseNumber') === 'HL 2019/310', 5_000, 'context');
    }
  });

  it('prints every word typed into it in all four downloads', async () => {
    const documentId = await newDraft('proposal');
    const client = await connect(documentId);
    typeInto(firstParagraph(client), 'En mening i slutet av Förslag 1.');
    for (const format of ['txt', 'html', 'docx', 'pdf'] as const) {
      await waitFor(
        async () => {
          const response = await api(`/api/documents/${documentId}/export/${format}`, 'memberM');
          const body = Buffer.from(await response.arrayBuffer());
          const text =
            format === 'txt'
              ? body.toString('utf8')
              : format === 'html'
                ? extractHtmlText(body.toString('utf8'))
                : format === 'docx'
                  ? await extractDocxText(body)
                  : await extractPdfText(body);
          return text.replace(/\s+/g, ' ').includes('En mening i slutet av Förslag 1.');
        },
        10_000,
        `${format} to hold the sentence`,
      );
    }
    const text = await (await api(`/api/documents/${documentId}/export/txt`, 'memberM')).text();
    expect(text).not.toContain('Protokoll nr');
    expect(text).not.toContain('§');
  });

  it('cannot grow a protocol header, a beslutsgång or a second block through sync, and keeps their text', async () => {
    const client = await connect(await newDraft('proposal'));
    const observer = await connect(clients.at(-1)!.provider.roomname);
    client.doc.transact(() => {
      const header = new Y.XmlElement('protocolHeader');
      header.setAttribute('protocolNumber', '8/2019');
      fragmentOf(client).insert(0, [header]);
      const procedure = new Y.XmlElement('decisionProcedure');
      const proposal = fragmentOf(client).get(1) as Y.XmlElement;
      proposal.insert(proposal.length, [procedure]);
      const stray = new Y.XmlElement('paragraph');
      stray.insert(0, [new Y.XmlText('Text under rutan.')]);
      fragmentOf(client).insert(fragmentOf(client).length, [stray]);
    });
    for (const reader of [client, observer]) {
      await waitFor(
        () => topNames(reader).join() === 'proposal' && reader.text().includes('Text under rutan.'),
        5_000,
        'the draft in shape',
      );
      expect(elementNames(reader)).not.toContain('protocolHeader');
      expect(elementNames(reader)).not.toContain('decisionProcedure');
    }
  });

  it('cannot lose its person list through sync', async () => {
    const client = await connect(await newDraft('statement'));
    const statement = fragmentOf(client).get(0) as Y.XmlElement;
    statement.delete(0, 1);
    await waitFor(
      () => ((fragmentOf(client).get(0) as Y.XmlElement).get(0) as Y.XmlElement | undefined)?.nodeName === 'personList',
      5_000,
      'the person list back',
    );
  });

  it('migrates a draft stored in the old shape (header, section, text below the box) on load, keeping every word', async () => {
    const documentId = await newDraft('proposal');
    const person = { type: 'person', attrs: { name: 'Anna Ek', party: 'M', andOthers: false, role: '' } };
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    await server.store.appendUpdates([
      {
        documentId,
        update: contentToUpdate({
          type: 'doc',
          content: [
            { type: 'protocolHeader', attrs: { title: 'Samverkan', protocolNumber: '' } },
            {
              type: 'protocolSection',
              attrs: { sectionId: 'forslag' },
              content: [
                {
                  type: 'proposal',
                  attrs: { proposalId: 'gammalt', kind: 'own' },
                  content: [
                    { type: 'personList', attrs: { purpose: 'proposers' }, content: [person] },
                    paragraph('I rutan.'),
                  ],
                },
                paragraph('Under rutan.'),
              ],
            },
          ],
        }),
      },
    ]);
    const client = await connect(documentId);
    await waitFor(() => topNames(client).join() === 'proposal', 5_000, 'the migrated shape');
    expect(client.text()).toContain('I rutan.');
    expect(client.text()).toContain('Under rutan.');
    expect((fragmentOf(client).get(0) as Y.XmlElement).getAttribute('proposalId')).toBe('gammalt');
    const text = await (await api(`/api/documents/${documentId}/export/txt`, 'memberM')).text();
    expect(text).toContain('Anna Ek (M) lade fram ett förslag');
    expect(text).toContain('Under rutan.');
  });

  it('is withdrawn by its group only: gone for everyone, live connections closed, its tabled versions kept', async () => {
    const documentId = await newDraft('statement');
    const tabled = await api(`/api/documents/${documentId}/table`, 'memberM', { method: 'POST' });
    expect(tabled.status).toBe(201);
    const live = await openRawSocket(server.url, documentId, { token: board.users.memberM.token });

    // Who cannot read the live draft gets what an unknown id gets; a reader who may not write is refused.
    for (const [user, status, error] of [
      ['memberV', 404, 'Utkastet finns inte'],
      ['reviewerM', 403, 'Du har inte behörighet'],
      ['admin', 404, 'Utkastet finns inte'],
      ['outsider', 404, 'Utkastet finns inte'],
    ] as const) {
      const refused = await api(`/api/documents/${documentId}`, user, { method: 'DELETE' });
      expect(refused.status, user).toBe(status);
      expect(((await refused.json()) as { error: string }).error, user).toBe(error);
    }
    expect((await api(`/api/documents/${documentId}`, 'memberM')).status).toBe(200);

    expect((await api(`/api/documents/${documentId}`, 'memberM', { method: 'DELETE' })).status).toBe(204);
    expect((await live.closed).code).toBe(4404);
    expect((await api(`/api/documents/${documentId}`, 'memberM')).status).toBe(404);
    expect((await api(`/api/documents/${documentId}/export/txt`, 'memberM')).status).toBe(404);
    const again = await openRawSocket(server.url, documentId, { token: board.users.memberM.token });
    expect((await again.closed).code).toBe(4404);

    const details = (await (await api(`/api/matters/${matterId}`, 'admin')).json()) as {
      documents: { id: string }[];
      tabled: { documentId: string; version: number }[];
    };
    expect(details.documents.map((document) => document.id)).not.toContain(documentId);
    expect(details.tabled).toContainEqual(expect.objectContaining({ documentId, version: 1 }));
    const member = (await (await api(`/api/matters/${matterId}`, 'memberM')).json()) as { documents: { id: string }[] };
    expect(member.documents.map((document) => document.id)).not.toContain(documentId);
    const versions = await api(`/api/documents/${documentId}/tabled`, 'memberV');
    expect(versions.status).toBe(200);
    expect(((await versions.json()) as { tabled: unknown[] }).tabled).toHaveLength(1);
  });
});
