import { Hono } from 'hono';

export interface HealthSource {
  loadedDocuments(): number;
  /** Whether the database answers now (a bounded query); the SQLite file always does. */
  databaseReady(): Promise<boolean>;
}

/**
 * `/healthz` (liveness: the process answers; a database outage is no reason to restart it) and `/healthz/ready`
 * (readiness: route new clients here). An instance whose database does not answer cannot store an edit, so it
 * reports itself unready (503) and a load balancer sends new clients to the others.
 */
export function healthRoutes(source: HealthSource) {
  return new Hono()
    .get('/', (c) => c.json({ status: 'ok', loadedDocuments: source.loadedDocuments() }))
    .get('/ready', async (c) => {
      const database = await source.databaseReady();
      const ready = database;
      const body = { status: ready ? 'ready' : 'unready', database: database ? 'up' : 'down' };
      return c.json(body, ready ? 200 : 503);
    });
}
