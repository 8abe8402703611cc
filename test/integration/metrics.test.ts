import type { RunningServer } from '@yttra/server';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, converged, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { createTestBoard } from '../support/testBoard';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

describe('/metrics and /healthz/ready', () => {
  let server: RunningServer | undefined;
  const clients: SyncClient[] = [];
  const dataDir = makeDataDir();

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = undefined;
  });

  it('counts connections, loaded documents and durable writes in the Prometheus text format', async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    const board = await createTestBoard(server);
    const { token } = board.users.admin;
    const documentId = await createDocument(server.url, token, 'Mätvärden');
    const writer = connectClient(server.url, documentId, token);
    const reader = connectClient(server.url, documentId, token);
    clients.push(writer, reader);
    await Promise.all([waitForSync(writer), waitForSync(reader)]);
    writer.appendParagraph('En rad');
    await waitFor(() => converged([writer, reader]), 5_000, 'the edit to arrive');

    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('yttra_connections 2');
    expect(text).toContain('yttra_documents_loaded 1');
    expect(text).toContain('yttra_update_write_queue_depth 0');
    expect(text).toMatch(/yttra_update_durable_write_seconds_count [1-9]/);
    // Without REDIS_URL the instance is alone: no relay, and readiness asks only the database.
    expect(text).toContain('yttra_redis_ready -1');
    const ready = await fetch(`${server.url}/healthz/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'up', redis: 'not-configured' });
  });

  it('requires the bearer token when METRICS_TOKEN is set', async () => {
    server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { METRICS_TOKEN: 'metrics-secret-0123456789' },
    });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-secret-9876543210' },
    });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${server.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-secret-0123456789' },
    });
    expect(right.status).toBe(200);
  });
});
