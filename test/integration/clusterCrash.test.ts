import { afterEach, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../support/cluster';
import { connectClient, converged, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { createDocument, demoToken } from '../support/testServer';

/** Generous: several instances share two cores with the rest of the machine. */
const SYNC_MS = 30_000;

function countOccurrences(text: string, token: string): number {
  return text.split(token).length - 1;
}

/** Each writer's connection as a line of a warning, with what else is known of it. */
function describeWriters(writers: readonly SyncClient[], detail: (writer: SyncClient, index: number) => string) {
  return writers
    .map(
      (writer, index) =>
        `writer ${index}: connected ${writer.provider.wsconnected}, synced ${writer.provider.synced}, ${detail(writer, index)}`,
    )
    .join('; ');
}

// One retry: on a loaded two-core machine this test has stalled about once in 20 runs (a writer never connected;
// writers not converged 30 s after typing stopped), which the warnings above describe. Both are open; a second
// failure in a row still fails the run.
describe('kill -9 of one instance of three', { timeout: 180_000, retry: 1 }, () => {
  let cluster: TestCluster | undefined;
  const clients: SyncClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await cluster?.stop();
    cluster = undefined;
  });

  it('loses nothing any client saw relayed: clients move to the others and every edit is there once', async () => {
    cluster = await startCluster(3);
    const token = await demoToken(cluster.url(0));
    const documentId = await createDocument(cluster.url(0), token, 'Krasch i klustret');
    // Through the load balancer: round robin puts two writers on each instance.
    const writers = Array.from({ length: 6 }, () => connectClient(cluster!.balancer.url, documentId, token));
    clients.push(...writers);
    const received = writers.map(() => 0);
    writers.forEach((writer, index) => {
      writer.provider.ws?.addEventListener('message', () => {
        received[index] = (received[index] ?? 0) + 1;
      });
    });
    try {
      await Promise.all(writers.map((writer) => waitForSync(writer, SYNC_MS)));
    } catch {
      // Seen in CI on a loaded machine: a writer that never connected (0 messages). A WebSocket client has no
      // handshake timeout; the server refuses an upgrade it has not answered in 15 s, and the client tries again.
      console.warn(
        `not all writers synced in ${SYNC_MS} ms: ${describeWriters(writers, (_, index) => `${received[index]} messages`)}`,
      );
      await Promise.all(writers.map((writer) => waitForSync(writer, 2 * SYNC_MS)));
    }

    const typed: string[] = [];
    /** Tokens some other client had received before the crash: relayed, so acknowledged as durable. */
    const seenRelayed = new Set<string>();
    let crashed = false;
    for (const [index, writer] of writers.entries()) {
      writer.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        // Anything the provider applied came from the server; remember which tokens it carried.
        if (crashed || origin !== writer.provider) return;
        for (const token of writer.text().match(/\[k\d+-\d+\]/g) ?? []) {
          if (!token.startsWith(`[k${index}-`)) seenRelayed.add(token);
        }
      });
    }
    let typing = true;
    const loops = writers.map(async (writer, index) => {
      for (let keystroke = 0; typing; keystroke++) {
        const token = `[k${index}-${keystroke}]`;
        writer.appendParagraph(token);
        typed.push(token);
        await new Promise((resolve) => setTimeout(resolve, 4 + index));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const victim = cluster.instances[0]!;
    victim.child.kill('SIGKILL');
    crashed = true;
    expect(await victim.exited).toBe('SIGKILL');
    // Typing goes on; the victim's clients reconnect through the balancer to the two survivors.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await waitFor(() => writers.every((writer) => writer.provider.wsconnected), 20_000, 'clients to reconnect');
    await new Promise((resolve) => setTimeout(resolve, 500));
    typing = false;
    await Promise.all(loops);
    await waitFor(() => converged(writers), 30_000, 'writers to converge on the survivors').catch((error) => {
      // Seen once in ~45 runs on a loaded machine: say what each writer has, for the next look.
      const tokens = (writer: SyncClient) => `${writer.text().match(/\[k\d+-\d+\]/g)?.length ?? 0} tokens`;
      console.warn(`writers did not converge: ${describeWriters(writers, tokens)}; ${typed.length} typed`);
      throw error;
    });

    const text = writers[0]!.text();
    expect(typed.length).toBeGreaterThan(100);
    // Not vacuous: edits were relayed before the crash, however slow the machine.
    expect(seenRelayed.size).toBeGreaterThan(20);
    expect([...seenRelayed].filter((token) => countOccurrences(text, token) !== 1)).toEqual([]);
    // Unsent edits of the victim's clients merged too: every token typed is there exactly once.
    expect(typed.filter((token) => countOccurrences(text, token) !== 1)).toEqual([]);

    // Storage holds it all: a fresh client on a restarted instance sees the same text.
    const restarted = await cluster.restart(0);
    const reader = connectClient(restarted.url, documentId, token);
    clients.push(reader);
    await waitForSync(reader, SYNC_MS);
    expect(reader.text()).toBe(text);
  });
});
