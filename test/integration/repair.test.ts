import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, converged, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { createTestBoard } from '../support/testBoard';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

function elementNames(doc: Y.Doc): string[] {
  const names: string[] = [];
  for (const node of doc.getXmlFragment(CONTENT_FRAGMENT).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlElement) names.push(node.nodeName);
  }
  return names;
}

describe('content the schema does not know, from an older or hostile client', () => {
  let server: RunningServer;
  let documentId: string;
  let token: string;
  const clients: SyncClient[] = [];
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    token = (await createTestBoard(server)).users.admin.token;
    documentId = await createDocument(server.url, token, 'Reparation', 'protocol');
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    dataDir.remove();
  });

  it('is repaired on the server into plain paragraphs that every client, the author included, receives', async () => {
    const oldClient = connectClient(server.url, documentId, token);
    const reader = connectClient(server.url, documentId, token);
    clients.push(oldClient, reader);
    await Promise.all([waitForSync(oldClient), waitForSync(reader)]);

    // An older client inserts a block type this schema has never heard of, with formatting it lacks too.
    const fragment = oldClient.doc.getXmlFragment(CONTENT_FRAGMENT);
    oldClient.doc.transact(() => {
      const box = new Y.XmlElement('oldFancyBox');
      const text = new Y.XmlText();
      box.insert(0, [text]);
      fragment.insert(fragment.length, [box]);
      text.insert(0, 'Text från en gammal klient', { sparkle: true });
    });

    for (const client of [oldClient, reader]) {
      await waitFor(() => client.text().includes('Text från en gammal klient'), 5_000, 'repaired text');
      expect(elementNames(client.doc)).not.toContain('oldFancyBox');
    }
    await waitFor(() => converged([oldClient, reader]), 5_000, 'clients to converge');
    expect(reader.text().split('Text från en gammal klient')).toHaveLength(2);
    const formatted = [
      ...reader.doc.getXmlFragment(CONTENT_FRAGMENT).createTreeWalker((node) => node instanceof Y.XmlText),
    ]
      .flatMap((node) => (node as Y.XmlText).toDelta() as { attributes?: Record<string, unknown> }[])
      .filter((delta) => delta.attributes && 'sparkle' in delta.attributes);
    expect(formatted).toEqual([]);

    const late = connectClient(server.url, documentId, token);
    clients.push(late);
    await waitForSync(late);
    expect(late.text()).toBe(reader.text());
  });
});
