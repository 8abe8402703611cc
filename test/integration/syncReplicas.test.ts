import { documentToText } from '@yttra/editor';
import { CloseCode, CONTENT_FRAGMENT } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncFrame } from '../support/hostileFrame';
import { openRawSocket } from '../support/rawSocket';
import { connectClient, converged, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { createTestBoard, type TestBoard } from '../support/testBoard';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

/** The text node of the paragraph that holds `marker`. */
function textOf(client: SyncClient, marker: string): Y.XmlText {
  const paragraph = client.doc
    .getXmlFragment(CONTENT_FRAGMENT)
    .toArray()
    .find((node) => node instanceof Y.XmlElement && node.toString().includes(marker));
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  if (!(text instanceof Y.XmlText)) throw new Error(`no paragraph holds ${marker}`);
  return text;
}

/** A copy of `client`'s document, to build frames from. */
function copyOf(client: SyncClient): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(client.doc));
  return doc;
}

describe('replicas of one document: real clients and a writer who lies about ids and places', () => {
  let server: RunningServer;
  let board: TestBoard;
  let documentId: string;
  let anna: SyncClient;
  let bo: SyncClient;
  const closes: number[] = [];
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    documentId = await createDocument(server.url, board.users.admin.token, 'Repliker', 'protocol');
    anna = connectClient(server.url, documentId, board.users.chair.token);
    bo = connectClient(server.url, documentId, board.users.memberM.token);
    for (const client of [anna, bo]) client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await Promise.all([waitForSync(anna), waitForSync(bo)]);
    anna.appendParagraph('Gemensam text här');
    await waitFor(() => bo.text().includes('Gemensam text här'), 10_000, 'the shared paragraph');
  });

  afterAll(async () => {
    anna.destroy();
    bo.destroy();
    await server.close();
    dataDir.remove();
  });

  /** What the server holds in memory and in storage, as text. */
  async function serverText(): Promise<{ live: string; stored: string }> {
    await server.writer.drain();
    const stored = new Y.Doc();
    for (const entry of await server.store.loadUpdates(documentId)) Y.applyUpdate(stored, entry.update);
    const live = await server.registry.withDurableDocument(documentId, (document) => documentToText(document.doc));
    return { live, stored: documentToText(stored) };
  }

  it('takes offline edits made at the same spots by two people, and every replica ends in one order', async () => {
    anna.provider.disconnect();
    bo.provider.disconnect();
    const annaText = textOf(anna, 'Gemensam');
    const boText = textOf(bo, 'Gemensam');
    // Both type at the same places while offline, in several separate edits each.
    for (const [text, word] of [
      [annaText, 'A1'],
      [boText, 'B1'],
      [annaText, 'A2'],
      [boText, 'B2'],
    ] as const) {
      text.insert(8, word);
      text.insert(0, word.toLowerCase());
    }
    anna.appendParagraph('Annas offline-stycke');
    bo.appendParagraph('Bos offline-stycke');
    const closesBefore = closes.length;
    anna.provider.connect();
    bo.provider.connect();
    await waitFor(
      () => converged([anna, bo]) && anna.text().includes('Bos offline-stycke') && bo.text().includes('Annas offline'),
      10_000,
      'the offline edits to meet',
    );
    const { live, stored } = await serverText();
    expect(live).toBe(anna.text());
    expect(stored).toBe(live);
    for (const word of ['A1', 'A2', 'B1', 'B2', 'a1', 'b2']) expect(live).toContain(word);
    // Reconnecting closes nothing with 4400: the sockets only closed because the clients disconnected.
    expect(closes.slice(closesBefore).filter((code) => code === CloseCode.malformedMessage)).toEqual([]);
  });

  it('keeps a connection that sends the same update twice, and applies it once', async () => {
    const raw = await openRawSocket(server.url, documentId, { token: board.users.memberM2.token });
    await waitFor(() => raw.received.length > 0, 5_000, 'sync step 1 from the server');
    const writer = copyOf(anna);
    const before = Y.encodeStateVector(writer);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Skickat två gånger')]);
    writer.getXmlFragment(CONTENT_FRAGMENT).push([paragraph]);
    const update = Y.encodeStateAsUpdate(writer, before);
    raw.socket.send(syncFrame(2, update));
    raw.socket.send(syncFrame(2, update));
    await waitFor(() => anna.text().includes('Skickat två gånger'), 5_000, 'the resent paragraph');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    expect(anna.text().split('Skickat två gånger').length).toBe(2);
    raw.socket.close();
  });

  it('closes a writer who sends new text under another person’s client id, and that person’s edits still land', async () => {
    const raw = await openRawSocket(server.url, documentId, { token: board.users.memberM2.token });
    await waitFor(() => raw.received.length > 0, 5_000, 'sync step 1 from the server');
    const forger = copyOf(anna);
    // Anna's id, at her next clock: the server would hold text under ids her editor is about to use.
    forger.clientID = anna.doc.clientID;
    const before = Y.encodeStateVector(forger);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Förfalskat av någon annan')]);
    forger.getXmlFragment(CONTENT_FRAGMENT).push([paragraph]);
    raw.socket.send(syncFrame(2, Y.encodeStateAsUpdate(forger, before)));
    const closed = await raw.closed;
    expect(closed.code).toBe(CloseCode.malformedMessage);
    expect(closed.reason).toMatch(/of someone else/);
    anna.appendParagraph('Annas egen mening');
    await waitFor(() => bo.text().includes('Annas egen mening'), 5_000, "Anna's own edit");
    const { live, stored } = await serverText();
    expect(live).not.toContain('Förfalskat');
    expect(stored).toBe(live);
    expect(anna.text()).toBe(live);
  });

  it('closes a writer whose text claims a place that skips over content it had seen', async () => {
    const raw = await openRawSocket(server.url, documentId, { token: board.users.memberM2.token });
    await waitFor(() => raw.received.length > 0, 5_000, 'sync step 1 from the server');
    const writer = copyOf(anna);
    const text = writer
      .getXmlFragment(CONTENT_FRAGMENT)
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.get(0) : undefined))
      .find((node): node is Y.XmlText => node instanceof Y.XmlText && node.toString().includes('Annas egen'));
    if (!text) throw new Error('no paragraph to write into');
    const before = Y.encodeStateVector(writer);
    text.insert(2, 'Hoppar');
    // Say it was typed at the very start of the paragraph, which the writer saw holding "An".
    const item = (writer.store.clients.get(writer.clientID) ?? []).at(-1) as Y.Item;
    item.origin = null;
    raw.socket.send(syncFrame(2, Y.encodeStateAsUpdate(writer, before)));
    const closed = await raw.closed;
    expect(closed.code).toBe(CloseCode.malformedMessage);
    expect(closed.reason).toMatch(/skips content its author had seen/);
    bo.appendParagraph('Bo efter hoppet');
    await waitFor(() => anna.text().includes('Bo efter hoppet'), 5_000, "Bo's edit");
    const { live, stored } = await serverText();
    expect(live).not.toContain('Hoppar');
    expect(stored).toBe(live);
    expect(converged([anna, bo])).toBe(true);
    expect(closes.filter((code) => code === CloseCode.malformedMessage)).toEqual([]);
  });
});
