import type { RunningServer } from '@yttra/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, converged, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { createTestBoard } from '../support/testBoard';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

/** A small deterministic PRNG so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function randomEdit(client: SyncClient, next: () => number, label: string): void {
  const fragment = client.doc.getXmlFragment('default');
  const roll = next();
  if (roll < 0.2 || fragment.length < 2) {
    client.appendParagraph(`${label} `);
    return;
  }
  const paragraph = fragment.get(Math.floor(next() * fragment.length));
  if (!(paragraph instanceof Y.XmlElement)) return;
  const text = paragraph.get(0);
  if (!(text instanceof Y.XmlText)) {
    paragraph.insert(0, [new Y.XmlText(label)]);
    return;
  }
  if (roll < 0.8 || text.length === 0) {
    text.insert(Math.floor(next() * (text.length + 1)), label);
  } else {
    const start = Math.floor(next() * text.length);
    text.delete(start, Math.min(3, text.length - start));
  }
}

describe('sync between real y-websocket clients', () => {
  let server: RunningServer;
  let dataDir: ReturnType<typeof makeDataDir>;
  let token: string;
  const clients: SyncClient[] = [];

  const client = (documentId: string) => {
    const created = connectClient(server.url, documentId, token);
    clients.push(created);
    return created;
  };

  beforeEach(async () => {
    dataDir = makeDataDir();
    server = await startTestServer({ dataDir: dataDir.dataDir });
    token = (await createTestBoard(server)).users.admin.token;
  });

  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await server.close();
    dataDir.remove();
  });

  it('serves the seeded content to the first client', async () => {
    const documentId = await createDocument(server.url, token, 'Remissvar om samverkan');
    const first = client(documentId);
    await waitForSync(first);
    expect(first.text()).toBe('Remissvar om samverkan\n');
  });

  it('seeds once however many clients join at the same moment', async () => {
    const documentId = await createDocument(server.url, token, 'Samtidigt');
    const joiners = Array.from({ length: 6 }, () => client(documentId));
    await Promise.all(joiners.map((joiner) => waitForSync(joiner)));
    await waitFor(() => converged(joiners), 5_000, 'joiners to converge');
    for (const joiner of joiners) expect(joiner.text()).toBe('Samtidigt\n');
    const log = await server.store.loadUpdates(documentId);
    expect(log).toHaveLength(1);
  });

  it('makes four clients converge under concurrent random edits, and a late joiner gets everything', async () => {
    const documentId = await createDocument(server.url, token, 'Konvergens');
    const editors = Array.from({ length: 4 }, () => client(documentId));
    await Promise.all(editors.map((editor) => waitForSync(editor)));
    const next = random(20261127);
    for (let round = 0; round < 60; round++) {
      editors.forEach((editor, index) => {
        randomEdit(editor, next, `k${index}r${round}`);
      });
      if (round % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitFor(() => converged(editors), 15_000, 'editors to converge');
    const late = client(documentId);
    await waitForSync(late);
    await waitFor(() => converged([...editors, late]), 5_000, 'late joiner to catch up');
    expect(late.text()).toBe(editors[0]!.text());
    expect(late.text().length).toBeGreaterThan(100);
  });

  it('serves the content exactly once after a restart', async () => {
    const documentId = await createDocument(server.url, token, 'Omstart');
    const writer = client(documentId);
    await waitForSync(writer);
    writer.appendParagraph('Första stycket.');
    writer.appendParagraph('Andra stycket.');
    const reader = client(documentId);
    await waitForSync(reader);
    await waitFor(() => converged([writer, reader]), 5_000, 'reader to see the edits');
    for (const created of clients.splice(0)) created.destroy();
    const port = server.port;
    await server.close();

    server = await startTestServer({ dataDir: dataDir.dataDir, port });
    const after = client(documentId);
    await waitForSync(after);
    expect(after.text()).toBe('Omstart\n\nFörsta stycket.\nAndra stycket.');
  });

  it('relays awareness to the other clients and removes it when a client leaves', async () => {
    const documentId = await createDocument(server.url, token, 'Närvaro');
    const anna = client(documentId);
    const bertil = client(documentId);
    await Promise.all([waitForSync(anna), waitForSync(bertil)]);
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna', color: '#1d4ed8' });
    const annaId = anna.doc.clientID;
    await waitFor(() => bertil.provider.awareness.getStates().get(annaId)?.user?.name === 'Anna', 5_000, 'presence');
    anna.provider.disconnect();
    await waitFor(() => !bertil.provider.awareness.getStates().has(annaId), 5_000, 'presence to be removed');
  });

  it('unloads a document after the last client leaves and loads it again on demand', async () => {
    const documentId = await createDocument(server.url, token, 'Avlastning');
    const only = client(documentId);
    await waitForSync(only);
    only.appendParagraph('Sparat före avlastning.');
    await waitFor(() => server.registry.loadedCount === 1, 2_000, 'document to be loaded');
    only.destroy();
    clients.splice(0);
    await waitFor(() => server.registry.loadedCount === 0, 5_000, 'document to unload');
    const again = client(documentId);
    await waitForSync(again);
    expect(again.text()).toBe('Avlastning\n\nSparat före avlastning.');
  });
});
