import { CloseCode } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openRawSocket, upgradeRefusal } from '../support/rawSocket';
import { connectClient, converged, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard } from '../support/testBoard';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

const MAX_MESSAGE_BYTES = 64 * 1024;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const validUpdate = (() => {
  const doc = new Y.Doc();
  doc.getText('x').insert(0, 'ok');
  return Y.encodeStateAsUpdate(doc);
})();

const malformedFrames: Record<string, Uint8Array | string> = {
  'a text frame': 'hello',
  'an empty frame': new Uint8Array(),
  'a truncated sync message': new Uint8Array([0]),
  'an unknown message type': new Uint8Array([42, 1, 2, 3]),
  'an unknown sync step': new Uint8Array([0, 9, 0]),
  'an update whose length runs past the frame': new Uint8Array([0, 2, 200, 1, 2]),
  'a garbage update': frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, new Uint8Array([5, 255, 255, 255, 255, 15, 7, 1, 9, 9, 9]));
  }),
  'a valid update followed by trailing bytes': frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, validUpdate);
    encoding.writeUint8(e, 7);
  }),
  // It parses, but Yjs would throw halfway through applying it.
  'the 9-byte update whose delete range has length 0': new Uint8Array([0, 2, 6, 0, 1, 1, 1, 0, 0]),
  'an awareness update with broken JSON': frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(
      e,
      frame((inner) => {
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, 123);
        encoding.writeVarUint(inner, 1);
        encoding.writeVarString(inner, '{"user": ');
      }),
    );
  }),
};

describe('bad input on the sync endpoint', () => {
  let server: RunningServer;
  let documentId: string;
  let token: string;
  let bystanders: SyncClient[];
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) },
    });
    token = (await createTestBoard(server)).users.admin.token;
    documentId = await createDocument(server.url, token, 'Tålighet');
    bystanders = [connectClient(server.url, documentId, token), connectClient(server.url, documentId, token)];
    await Promise.all(bystanders.map((client) => waitForSync(client)));
  });

  afterAll(async () => {
    for (const client of bystanders) client.destroy();
    await server.close();
    dataDir.remove();
  });

  async function expectBystandersStillSync(marker: string): Promise<void> {
    bystanders[0]!.appendParagraph(marker);
    await waitFor(() => bystanders[1]!.text().includes(marker), 5_000, `bystander to receive ${marker}`);
    await waitFor(() => converged(bystanders), 5_000, 'bystanders to converge');
  }

  for (const [name, payload] of Object.entries(malformedFrames)) {
    it(`closes a connection that sends ${name} with ${CloseCode.malformedMessage}, touching nothing else`, async () => {
      const before = Y.encodeStateVector(bystanders[0]!.doc);
      const raw = await openRawSocket(server.url, documentId, { token });
      await waitFor(() => raw.received.length > 0, 5_000, 'sync step 1 from the server');
      raw.socket.send(payload);
      const closed = await raw.closed;
      expect(closed.code).toBe(CloseCode.malformedMessage);
      expect(closed.reason).toMatch(/^malformed message/);
      expect(Y.encodeStateVector(bystanders[0]!.doc)).toEqual(before);
      await expectBystandersStillSync(`efter ${name}`);
    });
  }

  it('holds an update whose structs are missing, applying nothing until they arrive, then both whole', async () => {
    const author = new Y.Doc();
    author.getText('väntar').insert(0, 'först ');
    const first = Y.encodeStateAsUpdate(author);
    const before = Y.encodeStateVector(author);
    author.getText('väntar').insert(6, 'sedan');
    const second = Y.encodeStateAsUpdate(author, before);
    const send = (raw: Awaited<ReturnType<typeof openRawSocket>>, update: Uint8Array) =>
      raw.socket.send(
        frame((e) => {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, 2);
          encoding.writeVarUint8Array(e, update);
        }),
      );
    const raw = await openRawSocket(server.url, documentId, { token });
    await waitFor(() => raw.received.length > 0, 5_000, 'sync step 1 from the server');
    send(raw, second);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bystanders[1]!.doc.getText('väntar').toString()).toBe('');
    send(raw, first);
    await waitFor(() => bystanders[1]!.doc.getText('väntar').toString() === 'först sedan', 5_000, 'both updates');
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });

  it(`closes a connection whose frame exceeds the limit with ${CloseCode.messageTooBig}`, async () => {
    const raw = await openRawSocket(server.url, documentId, { token });
    raw.socket.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect((await raw.closed).code).toBe(CloseCode.messageTooBig);
    await expectBystandersStillSync('efter för stort meddelande');
  });

  it('accepts a frame just under the limit', async () => {
    const doc = new Y.Doc();
    doc.getText('bulk').insert(0, 'x'.repeat(MAX_MESSAGE_BYTES - 200));
    const update = Y.encodeStateAsUpdate(doc);
    const raw = await openRawSocket(server.url, documentId, { token });
    raw.socket.send(
      frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, update);
      }),
    );
    await waitFor(() => bystanders[1]!.doc.getText('bulk').length === MAX_MESSAGE_BYTES - 200, 5_000, 'bulk update');
    raw.socket.close();
  });

  it(`closes a connection to a document that does not exist with ${CloseCode.unknownDocument}`, async () => {
    const raw = await openRawSocket(server.url, 'finnsInteAlls', { token });
    expect((await raw.closed).code).toBe(CloseCode.unknownDocument);
  });

  it('refuses to upgrade for a malformed document id', async () => {
    const status = await upgradeRefusal(
      `${server.url.replace('http', 'ws')}/sync/${encodeURIComponent('ogiltigt id!')}`,
    );
    expect(status).toBe(400);
  });

  it('stays healthy after all of it', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });
});

describe('bad input on the HTTP API', () => {
  let server: RunningServer;
  let board: TestBoard;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
  });

  afterAll(async () => {
    await server.close();
    dataDir.remove();
  });

  it.each([
    ['no body', undefined],
    ['invalid JSON', '{"title":'],
    ['an empty title', JSON.stringify({ title: '   ' })],
    ['a title that is too long', JSON.stringify({ title: 'x'.repeat(201) })],
    ['a title of the wrong type', JSON.stringify({ title: 42 })],
    ['an unknown document kind', JSON.stringify({ title: 'Dikt', kind: 'poem' })],
  ])('refuses to create a document from %s and creates nothing', async (_name, body) => {
    const response = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(board.users.admin) },
      ...(body === undefined ? {} : { body }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBeTruthy();
    expect(await server.store.listDocuments([board.organisationId], 10)).toEqual([]);
  });

  it('answers 404 for an unknown document and 400 for a malformed id', async () => {
    const headers = bearer(board.users.admin);
    expect((await fetch(`${server.url}/api/documents/finnsInteAlls`, { headers })).status).toBe(404);
    expect((await fetch(`${server.url}/api/documents/${encodeURIComponent('a b')}`, { headers })).status).toBe(400);
    expect((await fetch(`${server.url}/api/okand`, { headers })).status).toBe(404);
  });
});
