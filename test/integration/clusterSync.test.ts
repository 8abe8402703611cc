import { afterEach, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../support/cluster';
import { connectClient, converged, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { createDocument, demoToken } from '../support/testServer';

/** Generous: several instances share two cores with the rest of the machine. */
const SYNC_MS = 30_000;

function countOccurrences(text: string, token: string): number {
  return text.split(token).length - 1;
}

/** Each client types `perClient` paragraphs, a few milliseconds apart, all at once. */
async function typeConcurrently(clients: readonly SyncClient[], perClient: number, tag: string): Promise<string[]> {
  const typed: string[] = [];
  await Promise.all(
    clients.map(async (client, index) => {
      for (let keystroke = 0; keystroke < perClient; keystroke++) {
        const token = `[${tag}${index}-${keystroke}]`;
        client.appendParagraph(token);
        typed.push(token);
        await new Promise((resolve) => setTimeout(resolve, 2 + index));
      }
    }),
  );
  return typed;
}

function expectEachOnce(client: SyncClient, tokens: readonly string[]): void {
  const text = client.text();
  expect(tokens.filter((token) => countOccurrences(text, token) !== 1)).toEqual([]);
}

describe('several instances serve the same document', { timeout: 180_000 }, () => {
  let cluster: TestCluster | undefined;
  const clients: SyncClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await cluster?.stop();
    cluster = undefined;
  });

  function connect(url: string, documentId: string, token: string): SyncClient {
    const client = connectClient(url, documentId, token);
    clients.push(client);
    return client;
  }

  it('converges clients on three instances, and a late joiner on any instance gets everything once', async () => {
    cluster = await startCluster(3);
    const token = await demoToken(cluster.url(0));
    const documentId = await createDocument(cluster.url(1), token, 'Tre instanser');
    const writers = [0, 1, 2].flatMap((index) => [0, 1].map(() => connect(cluster!.url(index), documentId, token)));
    await Promise.all(writers.map((writer) => waitForSync(writer, SYNC_MS)));

    const typed = await typeConcurrently(writers, 40, 'c');
    await waitFor(() => converged(writers), 20_000, 'writers on three instances to converge');
    for (const writer of writers) expectEachOnce(writer, typed);
    // Seeded once although the first clients joined on three instances at the same moment.
    expect(countOccurrences(writers[0]!.text(), 'Tre instanser')).toBe(1);

    for (const index of [0, 1, 2]) {
      const late = connect(cluster.url(index), documentId, token);
      await waitForSync(late, SYNC_MS);
      await waitFor(() => converged([writers[0]!, late]), 10_000, `late joiner on instance ${index}`);
      expectEachOnce(late, typed);
    }
  });

  it('relays presence between instances', async () => {
    cluster = await startCluster(2);
    const token = await demoToken(cluster.url(0));
    const documentId = await createDocument(cluster.url(0), token, 'Närvaro');
    const onA = connect(cluster.url(0), documentId, token);
    await waitForSync(onA, SYNC_MS);
    onA.provider.awareness.setLocalStateField('user', { name: 'A' });
    // Joins after A's presence was set: the instance asks the others for what it missed.
    const onB = connect(cluster.url(1), documentId, token);
    await waitForSync(onB, SYNC_MS);
    await waitFor(() => onB.provider.awareness.getStates().has(onA.doc.clientID), 5_000, 'B to see A');
    onB.provider.awareness.setLocalStateField('user', { name: 'B' });
    await waitFor(() => onA.provider.awareness.getStates().has(onB.doc.clientID), 5_000, 'A to see B');
    onB.destroy();
    await waitFor(() => !onA.provider.awareness.getStates().has(onB.doc.clientID), 5_000, 'A to see B leave');
  });

  it('catches a paused instance up: its clients get what was written meanwhile, and theirs reach the others', async () => {
    cluster = await startCluster(2);
    const token = await demoToken(cluster.url(0));
    const documentId = await createDocument(cluster.url(0), token, 'Paus');
    const onA = connect(cluster.url(0), documentId, token);
    const onB = connect(cluster.url(1), documentId, token);
    await Promise.all([waitForSync(onA, SYNC_MS), waitForSync(onB, SYNC_MS)]);

    const paused = cluster.instances[1]!;
    paused.child.kill('SIGSTOP');
    const duringPause = await typeConcurrently([onA], 60, 'a');
    // B's client types too: its edits wait in its socket until B runs again.
    const onBTyped = await typeConcurrently([onB], 20, 'b');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    paused.child.kill('SIGCONT');

    await waitFor(() => converged([onA, onB]), 20_000, 'the paused instance to catch up');
    expectEachOnce(onA, [...duringPause, ...onBTyped]);
    expectEachOnce(onB, [...duringPause, ...onBTyped]);
  });

  it('keeps relaying through the log while an instance has lost Redis, and is unready until it is back', async () => {
    cluster = await startCluster(2);
    const token = await demoToken(cluster.url(0));
    const documentId = await createDocument(cluster.url(0), token, 'Redis borta');
    const onA = connect(cluster.url(0), documentId, token);
    const onB = connect(cluster.url(1), documentId, token);
    await Promise.all([waitForSync(onA, SYNC_MS), waitForSync(onB, SYNC_MS)]);
    expect((await fetch(`${cluster.url(1)}/healthz/ready`)).status).toBe(200);

    cluster.redisLinks[1]!.cut();
    await waitFor(
      async () => (await fetch(`${cluster!.url(1)}/healthz/ready`)).status === 503,
      5_000,
      'B to report itself unready',
    );
    const whileCut = await typeConcurrently([onA, onB], 20, 'r');
    // No Redis between them: the periodic check of the log carries the edits both ways.
    await waitFor(() => converged([onA, onB]), 15_000, 'convergence without Redis on B');
    expectEachOnce(onA, whileCut);

    cluster.redisLinks[1]!.restore();
    await waitFor(
      async () => (await fetch(`${cluster!.url(1)}/healthz/ready`)).status === 200,
      10_000,
      'B to be ready again',
    );
    const afterwards = await typeConcurrently([onA, onB], 20, 's');
    await waitFor(() => converged([onA, onB]), 10_000, 'convergence after Redis came back');
    expectEachOnce(onB, [...whileCut, ...afterwards]);
    const metrics = await (await fetch(`${cluster.url(1)}/metrics`)).text();
    expect(metrics).toMatch(/yttra_document_catch_up_entries_total [1-9]/);
    expect(metrics).toContain('yttra_redis_ready 1');
  });
});
