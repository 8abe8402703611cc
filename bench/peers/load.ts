import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { cpuMs, memoryMb, percentile, sleep, until } from './measure';
import type { PeerServer } from './servers';

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: boolean;
  destroy(): void;
}

/** An unmodified y-websocket provider, as the editor uses it (no BroadcastChannel shortcut). */
export function connect(server: PeerServer, room: string, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(server.serverUrl, room, doc, {
    WebSocketPolyfill: server.socketClass(room) as never,
    disableBc: true,
    params: server.params,
    maxBackoffTime: 1_000,
  });
  const client: Client = {
    doc,
    provider,
    synced: false,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
  provider.once('sync', () => {
    client.synced = true;
  });
  return client;
}

/** A paragraph as Tiptap's Collaboration extension stores it: an XmlElement holding one XmlText. */
export function appendParagraph(doc: Y.Doc, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText(text);
  paragraph.insert(0, [content]);
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  fragment.insert(fragment.length, [paragraph]);
  return content;
}

function findParagraph(doc: Y.Doc, prefix: string): Y.XmlText | undefined {
  for (const node of doc.getXmlFragment(CONTENT_FRAGMENT).toArray()) {
    const text = node instanceof Y.XmlElement ? node.get(0) : undefined;
    if (text instanceof Y.XmlText && text.toString().startsWith(prefix)) return text;
  }
  return undefined;
}

export interface TypingOptions {
  documents: number;
  clientsPerDocument: number;
  writersPerDocument: number;
  /** Time between two keystrokes of one writer. */
  intervalMs: number;
  durationMs: number;
}

export interface TypingResult {
  p50: number;
  p95: number;
  cpuPerDeliveryUs: number;
  delivered: number;
  lost: number;
  allSyncedS: number;
  cpuPerConnectMs: number;
  memoryPerConnectionKb: number;
}

/**
 * Writers type one character at a time at the end of their own paragraph; every other client of the document
 * times each keystroke from the moment it was typed until it arrived. Server CPU is read from /proc.
 */
export async function typing(server: PeerServer, options: TypingOptions): Promise<TypingResult> {
  const rooms: string[] = [];
  for (let index = 0; index < options.documents; index++) rooms.push(await server.createDocument(`Skriv ${index}`));
  const pid = server.pid();
  const memoryBefore = memoryMb(pid).rss;
  const cpuBeforeConnect = cpuMs(pid);
  const connectStart = performance.now();
  const clients = rooms.map((room) => Array.from({ length: options.clientsPerDocument }, () => connect(server, room)));
  const all = clients.flat();
  await until(() => all.every((client) => client.synced), 120_000, 'all clients to sync');
  const allSyncedS = (performance.now() - connectStart) / 1000;
  await sleep(300);
  const cpuPerConnectMs = (cpuMs(pid) - cpuBeforeConnect) / all.length;
  const memoryPerConnectionKb = ((memoryMb(pid).rss - memoryBefore) * 1024) / all.length;

  // Each writer gets a paragraph of its own; everyone waits until they see all of them.
  const sentAt: number[][][] = clients.map((group) => group.slice(0, options.writersPerDocument).map(() => []));
  for (const [documentIndex, group] of clients.entries()) {
    for (const [writerIndex, writer] of group.slice(0, options.writersPerDocument).entries()) {
      appendParagraph(writer.doc, `w${documentIndex}.${writerIndex}:`);
    }
  }
  const paragraphs = clients.map((group) =>
    group.map(() => Array.from({ length: options.writersPerDocument }, () => undefined as Y.XmlText | undefined)),
  );
  await until(
    () =>
      clients.every((group, documentIndex) =>
        group.every((client, clientIndex) =>
          paragraphs[documentIndex]![clientIndex]!.every((known, writerIndex, list) => {
            list[writerIndex] = known ?? findParagraph(client.doc, `w${documentIndex}.${writerIndex}:`);
            return list[writerIndex] !== undefined;
          }),
        ),
      ),
    60_000,
    'every writer paragraph to arrive',
  );
  await sleep(300);

  const latencies: number[] = [];
  let delivered = 0;
  const seen = clients.map((group) => group.map(() => new Array<number>(options.writersPerDocument).fill(0)));
  const prefixLength = (documentIndex: number, writerIndex: number) => `w${documentIndex}.${writerIndex}:`.length;
  for (const [documentIndex, group] of clients.entries()) {
    for (const [clientIndex, client] of group.entries()) {
      client.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== client.provider) return;
        const now = performance.now();
        paragraphs[documentIndex]![clientIndex]!.forEach((text, writerIndex) => {
          if (writerIndex === clientIndex && clientIndex < options.writersPerDocument) return;
          const count = (text as Y.XmlText).length - prefixLength(documentIndex, writerIndex);
          const times = sentAt[documentIndex]![writerIndex]!;
          for (let keystroke = seen[documentIndex]![clientIndex]![writerIndex]!; keystroke < count; keystroke++) {
            latencies.push(now - (times[keystroke] as number));
            delivered += 1;
          }
          seen[documentIndex]![clientIndex]![writerIndex] = Math.max(
            count,
            seen[documentIndex]![clientIndex]![writerIndex]!,
          );
        });
      });
    }
  }

  const cpuBefore = cpuMs(pid);
  let typingOn = true;
  const loops = clients.flatMap((group, documentIndex) =>
    group.slice(0, options.writersPerDocument).map(async (_writer, writerIndex) => {
      // Staggered so keystrokes do not all land in the same millisecond.
      await sleep(Math.random() * options.intervalMs);
      const text = paragraphs[documentIndex]![writerIndex]![writerIndex] as Y.XmlText;
      while (typingOn) {
        sentAt[documentIndex]![writerIndex]!.push(performance.now());
        text.insert(text.length, 'a');
        await sleep(options.intervalMs);
      }
    }),
  );
  await sleep(options.durationMs);
  typingOn = false;
  await Promise.all(loops);
  const expected = clients.reduce(
    (sum, group, documentIndex) =>
      sum + sentAt[documentIndex]!.reduce((inner, times) => inner + times.length, 0) * (group.length - 1),
    0,
  );
  await until(() => delivered >= expected, 30_000, 'every keystroke to arrive').catch(() => undefined);
  const cpu = cpuMs(pid) - cpuBefore;
  for (const client of all) client.destroy();
  await sleep(500);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    cpuPerDeliveryUs: (cpu * 1000) / Math.max(1, delivered),
    delivered,
    lost: expected - delivered,
    allSyncedS,
    cpuPerConnectMs,
    memoryPerConnectionKb,
  };
}

/** A document of about `megabytes` MB of paragraphs, built the way an editor would build it. */
export function largeDocument(megabytes: number): Y.Doc {
  const doc = new Y.Doc();
  const sentence = 'Nämnden föreslår att kommunfullmäktige beslutar i enlighet med förvaltningens förslag. ';
  let paragraph = 0;
  while (Y.encodeStateAsUpdate(doc).length < megabytes * 1024 * 1024) {
    doc.transact(() => {
      for (let index = 0; index < 500; index++) appendParagraph(doc, `${paragraph++} ${sentence.repeat(2)}`);
    });
  }
  return doc;
}
