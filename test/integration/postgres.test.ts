import { createScratchDatabase, type ScratchDatabase } from '@yttra/server/postgres-testing';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from '../support/serverProcess';
import { connectClient, converged, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { createDocument, demoToken, makeDataDir, startTestServer } from '../support/testServer';

/** What only PostgreSQL storage has to prove: several instances on one database, and the database going away. */
describe('PostgreSQL storage', () => {
  const databases: ScratchDatabase[] = [];
  const processes: ServerProcess[] = [];
  const dataDir = makeDataDir();

  afterEach(async () => {
    for (const server of processes.splice(0)) server.child.kill('SIGKILL');
    await Promise.all(databases.splice(0).map((database) => database.drop()));
  });
  afterAll(() => dataDir.remove());

  const count = async (url: string, sql: string): Promise<number> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(sql);
      return Number(rows[0]?.count);
    } finally {
      await client.end();
    }
  };

  it('creates the demo board exactly once when two instances start together on an empty database', async () => {
    const database = await createScratchDatabase('demo');
    databases.push(database);
    const environment = { DATABASE_URL: database.url, YTTRA_MODE: 'demo' };
    const started = await Promise.all([0, 1].map(() => spawnServer(makeDataDir().dataDir, 0, environment)));
    processes.push(...started);
    expect(started.filter((server) => server.output().includes('demo board created'))).toHaveLength(1);
    expect(started.filter((server) => server.output().includes('PostgreSQL schema migrated'))).toHaveLength(1);
    expect(started.filter((server) => server.output().includes('PostgreSQL schema up to date'))).toHaveLength(1);
    expect(await count(database.url, 'SELECT count(*) FROM organisations')).toBe(1);
    expect(await count(database.url, 'SELECT count(*) FROM matters')).toBe(1);
    expect(await count(database.url, "SELECT count(*) FROM documents WHERE title = 'Välkommen till Yttra'")).toBe(1);
    expect(await count(database.url, "SELECT count(*) FROM users WHERE email = 'sekreterare@demo.yttra.se'")).toBe(1);
    // Every instance signs the same demo account in: one database behind them all.
    for (const server of started) expect(await demoToken(server.url)).toMatch(/.+/);
  }, 240_000);

  it('relays nothing it could not store while the database is unreachable, closes with 1011, and recovers', async () => {
    const database = await createScratchDatabase('outage');
    databases.push(database);
    // The tests' PostgreSQL is on this machine: the proxy forwards to its port and can cut the link.
    const proxy: TcpProxy = await startTcpProxy([Number(new URL(database.url).port || 5432)], 'postgres');
    const proxied = new URL(database.url);
    proxied.port = String(proxy.port);
    const server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { DATABASE_URL: proxied.toString(), YTTRA_MODE: 'demo' },
    });
    const clients: SyncClient[] = [];
    try {
      const token = await demoToken(server.url);
      const documentId = await createDocument(server.url, token, 'Avbrottsprov');
      const [writer, reader] = [
        connectClient(server.url, documentId, token),
        connectClient(server.url, documentId, token),
      ];
      clients.push(writer!, reader!);
      const closeCodes: number[][] = [[], []];
      for (const [index, client] of clients.entries()) {
        client.provider.on('connection-close', (event) => {
          if (event) closeCodes[index]!.push(event.code);
        });
      }
      await Promise.all(clients.map((client) => waitForSync(client)));
      writer!.appendParagraph('[före]');
      await waitFor(() => reader!.text().includes('[före]'), 10_000, 'the first edit to be relayed');
      expect((await fetch(`${server.url}/healthz/ready`)).status).toBe(200);

      proxy.cut();
      writer!.appendParagraph('[under avbrottet]');
      await waitFor(
        () => closeCodes.every((codes) => codes.includes(1011)),
        15_000,
        'both clients to be closed with 1011 after the failed write',
      );
      expect(reader!.text()).not.toContain('[under avbrottet]');
      const notReady = await fetch(`${server.url}/healthz/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ status: 'unready', database: 'down' });
      // Still unreachable: reconnecting clients are refused (the document cannot be loaded) and see nothing new.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(reader!.text()).not.toContain('[under avbrottet]');
      expect(writer!.text()).toContain('[under avbrottet]');

      proxy.restore();
      await waitFor(async () => (await fetch(`${server.url}/healthz/ready`)).status === 200, 15_000, 'readiness again');
      await waitFor(() => clients.every((client) => client.provider.synced), 20_000, 'clients to reconnect');
      await waitFor(() => converged(clients), 20_000, 'the unsent edit to reach the reader');
      expect(reader!.text().split('[under avbrottet]')).toHaveLength(2);
      expect(reader!.text().split('[före]')).toHaveLength(2);
      // It is in PostgreSQL now, once: a fresh client on a fresh load sees it.
      const late = connectClient(server.url, documentId, token);
      clients.push(late);
      await waitForSync(late);
      await waitFor(() => late.text().includes('[under avbrottet]'), 10_000, 'a late joiner to see the edit');
      expect(late.text().split('[under avbrottet]')).toHaveLength(2);
    } finally {
      for (const client of clients) client.destroy();
      await server.close();
      await proxy.close();
    }
  });
});
