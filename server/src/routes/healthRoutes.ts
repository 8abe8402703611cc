import { Hono } from 'hono';

export interface HealthSource {
  loadedDocuments(): number;
  /** Whether the database answers now (a bounded query); the SQLite file always does. */
  databaseReady(): Promise<boolean>;
  /** Whether Redis is connected now; undefined when Redis is not configured. */
  redisReady(): boolean | undefined;
}

/**
 * `/healthz` (liveness: the process answers; a database or Redis outage is no reason to restart it) and
 * `/healthz/ready` (readiness: route new clients here). An instance whose database does not answer cannot store an
 * edit; one that lost Redis would show its clients the other instances' edits late. Either way it reports itself
 * unready (503) and a load balancer sends new clients to the others; it recovers by itself.
 */
export function healthRoutes(source: HealthSource) {
  return new Hono()
    .get('/', (c) => c.json({ status: 'ok', loadedDocuments: source.loadedDocuments() }))
    .get('/ready', async (c) => {
      const database = await source.databaseReady();
      const redis = source.redisReady();
      const ready = database && redis !== false;
      const body = {
        status: ready ? 'ready' : 'unready',
        database: database ? 'up' : 'down',
        redis: redis === undefined ? 'not-configured' : redis ? 'up' : 'down',
      };
      return c.json(body, ready ? 200 : 503);
    });
}
