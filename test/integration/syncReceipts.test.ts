import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncFrame } from '../support/hostileFrame';
import { type ServerProcess, spawnServer } from '../support/serverProcess';
import { useSpawnedServers } from '../support/spawnedServers';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { demoToken } from '../support/testServer';

/** What the server sent over a client's current socket: sync step 2s and awareness messages, counted. */
interface Receipts {
  /** Sends a sync step 1 over the provider's own socket; resolves when the step 2 answering it arrives. */
  request(): Promise<void>;
  /** Step 2s heard so far (the handshake's answer came before this was attached). */
  readonly answers: number;
  readonly awarenessMessages: number;
  /** Runs synchronously in the socket's message handler when the next requested answer arrives. */
  onNextAnswer(action: () => void): void;
  send(frame: Uint8Array): void;
}

/**
 * Receipt requests as the editor sends them (client/src/document/SaveConfirmation.ts): an ordinary step 1 over the
 * socket the edits went over, its answer the step 2 that comes in order.
 */
function watchReceipts(client: SyncClient): Receipts {
  const socket = client.provider.ws;
  if (!socket) throw new Error('the client has no socket');
  // The provider's socket is typed as the DOM's WebSocket; here it is ws's, which takes any Uint8Array.
  const sendFrame = (frame: Uint8Array) => socket.send(frame as Uint8Array<ArrayBuffer>);
  let answers = 0;
  let awarenessMessages = 0;
  let requested = 0;
  const waiters: { answer: number; resolve: () => void }[] = [];
  let action: (() => void) | undefined;
  socket.addEventListener('message', (event: MessageEvent) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
    const type = decoding.readVarUint(decoder);
    if (type === 1) awarenessMessages += 1;
    if (type !== 0 || decoding.readVarUint(decoder) !== 1) return;
    answers += 1;
    if (action) {
      action();
      action = undefined;
    }
    for (const waiter of waiters.filter((waiting) => waiting.answer <= answers)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  return {
    request() {
      requested += 1;
      const answer = requested;
      sendFrame(syncFrame(0, Y.encodeStateVector(client.doc)));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to receipt request ${answer} in 30 s`)), 30_000);
        waiters.push({
          answer,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    get answers() {
      return answers;
    },
    get awarenessMessages() {
      return awarenessMessages;
    },
    onNextAnswer(next) {
      action = next;
    },
    send: sendFrame,
  };
}

/** Two edits of one paragraph made on a copy of `client`'s document: the second refers to structs of the first. */
function dependentEdits(client: SyncClient): { first: Uint8Array; second: Uint8Array } {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc));
  const updates: Uint8Array[] = [];
  copy.on('update', (update: Uint8Array) => updates.push(update));
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText('Först väntat stycke.');
  paragraph.insert(0, [text]);
  const fragment = copy.getXmlFragment(CONTENT_FRAGMENT);
  fragment.insert(fragment.length, [paragraph]);
  text.insert(text.length, ' Sedan dess fortsättning.');
  const [first, second] = updates;
  if (!first || !second) throw new Error('expected two updates');
  return { first, second };
}

describe('a sync step 1 as a receipt for the same connection’s earlier updates', () => {
  const { clients, processes, dataDir, spawnWithDocument } = useSpawnedServers();

  const connect = async (server: ServerProcess, documentId: string, token: string) => {
    const client = connectClient(server.url, documentId, token);
    clients.push(client);
    await waitForSync(client);
    return client;
  };

  /** Kills the server (kill -9), starts it again on the same storage and reads the document with a fresh client. */
  const textAfterCrash = async (server: ServerProcess, documentId: string, token: string) => {
    await server.exited;
    for (const client of clients.splice(0)) client.destroy();
    const restarted = await spawnServer(dataDir, server.port);
    processes.push(restarted);
    return (await connect(restarted, documentId, token)).text();
  };

  it('is answered only once the edits sent before it are stored: kill -9 at the answer loses none', async () => {
    const { server, token, documentId } = await spawnWithDocument('Kvittoprov');
    const writer = await connect(server, documentId, token);
    const receipts = watchReceipts(writer);
    const typed = Array.from({ length: 40 }, (_, index) => `[kvitto-${index}]`);
    // Each paragraph is its own update, sent by the provider at once; the step 1 follows them on the same socket.
    for (const token of typed) writer.appendParagraph(token);
    receipts.onNextAnswer(() => server.child.kill('SIGKILL'));
    await receipts.request();

    const text = await textAfterCrash(server, documentId, token);
    expect(typed.filter((token) => !text.includes(token))).toEqual([]);
  }, 120_000);

  it('is held while an earlier update of the connection waits for missing structs, and answered once it is stored', async () => {
    const { server, token, documentId } = await spawnWithDocument('Väntande kvitto');
    const writer = await connect(server, documentId, token);
    const receipts = watchReceipts(writer);
    const { first, second } = dependentEdits(writer);
    // The continuation arrives before what it continues, as after a crash when a client resends out of order.
    receipts.send(syncFrame(2, second));
    let answered = false;
    const answer = receipts.request().then(() => {
      answered = true;
    });
    // A step 1 with nothing waiting before it is answered meanwhile on another connection: the server is not stuck.
    const other = await connect(server, documentId, token);
    await watchReceipts(other).request();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(answered).toBe(false);

    receipts.onNextAnswer(() => server.child.kill('SIGKILL'));
    receipts.send(syncFrame(2, first));
    await answer;

    const text = await textAfterCrash(server, documentId, token);
    expect(text).toContain('Först väntat stycke. Sedan dess fortsättning.');
  }, 120_000);

  it('gets no step 2 for a dropped update of a read-only connection, nor an answer to a step 1 after it', async () => {
    const { server, token, documentId } = await spawnWithDocument('Läsarens kvitto');
    // A reviewer reads the board's documents but may not write them.
    const reviewerToken = await demoToken(server.url, 'granskare');
    const reader = await connect(server, documentId, reviewerToken);
    const receipts = watchReceipts(reader);
    // Before anything was dropped its step 1s are answered like anyone's.
    await receipts.request();
    expect(receipts.answers).toBe(1);

    const { first } = dependentEdits(reader);
    receipts.send(syncFrame(2, first));
    const answered = receipts.request().catch(() => undefined);
    // Asking for presence gets an answer right away: by then the server has handled the update and the step 1.
    const awarenessBefore = receipts.awarenessMessages;
    receipts.send(new Uint8Array([3]));
    await waitFor(() => receipts.awarenessMessages > awarenessBefore, 10_000, 'the presence answer');
    await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 1_000))]);
    expect(receipts.answers).toBe(1);
    expect(server.output()).toContain('update from a read-only connection dropped');
    // A writer of the same document is still answered.
    const writer = await connect(server, documentId, token);
    await watchReceipts(writer).request();
  }, 120_000);
});
