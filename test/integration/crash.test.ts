import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { spawnServer } from '../support/serverProcess';
import { useSpawnedServers } from '../support/spawnedServers';
import { connectClient, converged, waitFor, waitForSync } from '../support/syncClient';

function countOccurrences(text: string, token: string): number {
  return text.split(token).length - 1;
}

describe('crash safety of the server process', () => {
  const { clients, processes, dataDir, spawnWithDocument } = useSpawnedServers();

  it('keeps every edit exactly once through kill -9, restart and reconnect', async () => {
    const { server: first, token, documentId } = await spawnWithDocument('Kraschprov');
    const writers = Array.from({ length: 3 }, () => connectClient(first.url, documentId, token));
    clients.push(...writers);
    await Promise.all(writers.map((writer) => waitForSync(writer)));

    const typed: string[][] = writers.map(() => []);
    let typing = true;
    const typingLoops = writers.map(async (writer, index) => {
      for (let keystroke = 0; typing; keystroke++) {
        const token = `[w${index}-${keystroke}]`;
        writer.appendParagraph(token);
        typed[index]!.push(token);
        await new Promise((resolve) => setTimeout(resolve, 3 + index));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 400));
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    // The clients keep typing while the server is down.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const second = await spawnServer(dataDir, first.port);
    processes.push(second);
    // A writer closed for a refused update (4400) keeps reconnecting and never converges: the server says why.
    const withRefusals = (error: Error): never => {
      const refusals = second
        .output()
        .split('\n')
        .filter((line) => /"level":[456]0/.test(line));
      const states = writers.map((writer) => {
        const vector = [...Y.decodeStateVector(Y.encodeStateVector(writer.doc))].join(' ');
        const pending = writer.doc.store.pendingStructs ? ' pending' : '';
        return `connected ${writer.provider.wsconnected} synced ${writer.provider.synced}${pending} text ${writer.text().length}: ${vector}`;
      });
      throw new Error(`${error.message}\n${states.join('\n')}\n${refusals.join('\n')}`);
    };
    await waitFor(() => writers.every((writer) => writer.provider.wsconnected), 45_000, 'clients to reconnect').catch(
      withRefusals,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    typing = false;
    await Promise.all(typingLoops);
    await waitFor(() => converged(writers), 60_000, 'writers to converge after the crash').catch(withRefusals);

    const text = writers[0]!.text();
    const tokens = typed.flat();
    expect(tokens.length).toBeGreaterThan(100);
    const wrongCounts = tokens.filter((token) => countOccurrences(text, token) !== 1);
    expect(wrongCounts).toEqual([]);
    expect(countOccurrences(text, 'Kraschprov')).toBe(1);

    // What the restarted server stored is complete too: a fresh client after another crash sees it all.
    second.child.kill('SIGKILL');
    await second.exited;
    const third = await spawnServer(dataDir, first.port);
    processes.push(third);
    for (const writer of clients.splice(0)) writer.destroy();
    const reader = connectClient(third.url, documentId, token);
    clients.push(reader);
    await waitForSync(reader);
    expect(reader.text()).toBe(text);
    // A loaded machine (CI runs this beside other files) slows the restart and the catch-up, never what is checked.
  }, 180_000);

  it('shuts down cleanly on SIGTERM, keeping what was written', async () => {
    const { server, token, documentId } = await spawnWithDocument('Avstängning');
    const writer = connectClient(server.url, documentId, token);
    clients.push(writer);
    await waitForSync(writer);
    writer.appendParagraph('Skrivet före SIGTERM.');
    const witness = connectClient(server.url, documentId, token);
    clients.push(witness);
    await waitForSync(witness);
    await waitFor(() => converged([writer, witness]), 5_000, 'witness to see the edit');

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('stopped cleanly');

    for (const client of clients.splice(0)) client.destroy();
    const restarted = await spawnServer(dataDir);
    processes.push(restarted);
    const reader = connectClient(restarted.url, documentId, token);
    clients.push(reader);
    await waitForSync(reader);
    expect(reader.text()).toBe('Avstängning\n\nSkrivet före SIGTERM.');
  });
});
