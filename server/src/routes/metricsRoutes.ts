import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { ServerMetrics } from '../metrics/ServerMetrics';

/** `GET /metrics` in the Prometheus text format; behind a bearer token when METRICS_TOKEN is set. */
export function metricsRoutes(metrics: ServerMetrics, token: string | undefined) {
  return new Hono().get('/', async (c) => {
    if (token !== undefined && !matches(c.req.header('authorization'), `Bearer ${token}`)) {
      return c.json({ error: 'Saknar behörighet' }, 401);
    }
    c.header('content-type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
}

function matches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
