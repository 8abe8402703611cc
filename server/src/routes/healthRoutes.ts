import { Hono } from 'hono';

export interface HealthSource {
  loadedDocuments(): number;
  /** undefined when Redis is not configured; otherwise whether it is connected now. */
  redisReady(): boolean | undefined;
}

/**
 * `/healthz` (liveness: the process answers) and `/healthz/ready` (readiness: route new clients here). An instance
 * that lost Redis still serves its own clients correctly, but its clients would not see edits made elsewhere in
 * real time, so it reports itself unready (503) and a load balancer sends new clients to the others.
 */
export function healthRoutes(source: HealthSource) {
  return new Hono()
    .get('/', (c) => c.json({ status: 'ok', loadedDocuments: source.loadedDocuments() }))
    .get('/ready', (c) => {
      const redis = source.redisReady();
      const ready = redis !== false;
      const body = {
        status: ready ? 'ready' : 'unready',
        redis: redis === undefined ? 'not-configured' : redis ? 'up' : 'down',
      };
      return c.json(body, ready ? 200 : 503);
    });
}
