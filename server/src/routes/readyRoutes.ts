import { Hono } from 'hono';

/** Named checks of what an instance needs to serve (the database, later Redis); each rejects when it is down. */
export type ReadinessChecks = Record<string, () => Promise<void>>;

/**
 * `/readyz`: 200 when every check answers within `timeoutMs`, otherwise 503 naming what is unavailable, so a
 * load balancer stops sending users to an instance that cannot store their edits. `/healthz` stays the
 * liveness answer: the process itself is fine and should not be restarted for a database outage.
 */
export function readyRoutes(checks: ReadinessChecks, timeoutMs = 2_000) {
  return new Hono().get('/', async (c) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
        });
        const state = await Promise.race([check(), timedOut]).then(
          () => 'ok' as const,
          () => 'unavailable' as const,
        );
        clearTimeout(timer);
        return [name, state] as const;
      }),
    );
    const ready = results.every(([, state]) => state === 'ok');
    return c.json({ status: ready ? 'ready' : 'unavailable', checks: Object.fromEntries(results) }, ready ? 200 : 503);
  });
}
