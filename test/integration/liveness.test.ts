import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawSocket } from '../support/rawSocket';
import { connectClient, waitFor, waitForSync } from '../support/syncClient';
import { createTestBoard } from '../support/testBoard';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

describe('dead connections and a growing update log', () => {
  let server: RunningServer;
  let token: string;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { PING_INTERVAL_MS: '150', COMPACT_AFTER_UPDATES: '20' },
    });
    token = (await createTestBoard(server)).users.admin.token;
  });

  afterAll(async () => {
    await server.close();
    dataDir.remove();
  });

  it('drops a connection that stops answering pings, and lets go of its document', async () => {
    const documentId = await createDocument(server.url, token, 'Tyst klient');
    const silent = await openRawSocket(server.url, documentId, { token, answerPings: false });
    const alive = await openRawSocket(server.url, documentId, { token });
    const closed = await silent.closed;
    // Terminated, not closed politely: the peer is assumed gone.
    expect(closed.code).toBe(1006);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(alive.socket.readyState).toBe(alive.socket.OPEN);
    alive.socket.close();
    await waitFor(() => server.registry.loadedCount === 0, 5_000, 'the document to unload');
  });

  it('compacts the log in the background once it grows, without losing anything', async () => {
    const documentId = await createDocument(server.url, token, 'Lång logg');
    const writer = connectClient(server.url, documentId, token);
    await waitForSync(writer);
    for (let index = 0; index < 60; index++) {
      writer.appendParagraph(`stycke ${index}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const reader = connectClient(server.url, documentId, token);
    await waitForSync(reader);
    await waitFor(() => reader.text().includes('stycke 59'), 5_000, 'all edits');
    await waitFor(async () => (await server.store.loadUpdates(documentId)).length < 30, 5_000, 'a compaction');
    expect((await server.store.loadUpdates(documentId)).length).toBeLessThan(30);
    writer.destroy();
    reader.destroy();
    await waitFor(() => server.registry.loadedCount === 0, 5_000, 'the document to unload');
    const after = connectClient(server.url, documentId, token);
    await waitForSync(after);
    expect(after.text().match(/stycke \d+/g)).toHaveLength(60);
    after.destroy();
  });
});
