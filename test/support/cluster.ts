import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { expect, onTestFailed } from 'vitest';
import { type ServerProcess, spawnServer } from './serverProcess';
import { startTcpProxy, type TcpProxy } from './tcpProxy';
import { makeDataDir } from './testServer';

export const REDIS_URL = process.env.YTTRA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Several real server processes sharing storage and a fresh Redis key prefix, each behind its own Redis link. */
export interface TestCluster {
  instances: (ServerProcess | undefined)[];
  /** Per instance: the link to Redis, which a test can cut and restore. */
  redisLinks: TcpProxy[];
  /** A load balancer in front of every instance (round robin, skipping dead ones). */
  balancer: TcpProxy;
  prefix: string;
  url(index: number): string;
  /** Starts instance `index` again (after a kill), on a fresh port, and points the balancer at it. */
  restart(index: number): Promise<ServerProcess>;
  stop(): Promise<void>;
}

/**
 * Starts `count` instances one after another (the first one seeds the demo board into the empty storage; with
 * DATABASE_URL in the environment they share that database instead of the SQLite file in one data directory).
 */
export async function startCluster(count: number, environment: Record<string, string> = {}): Promise<TestCluster> {
  const prefix = `yttra-test-${randomUUID().slice(0, 8)}:`;
  const dataDir = makeDataDir();
  const redisPort = Number(new URL(REDIS_URL).port || 6379);
  const redisLinks = await Promise.all(Array.from({ length: count }, () => startTcpProxy([redisPort], 'redis')));
  const instances: (ServerProcess | undefined)[] = [];
  const start = (index: number) =>
    spawnServer(dataDir.dataDir, 0, {
      REDIS_URL: (redisLinks[index] as TcpProxy).url,
      REDIS_PREFIX: prefix,
      INSTANCE_ID: `instance-${index}`,
      CATCH_UP_INTERVAL_MS: '500',
      ACCESS_SWEEP_INTERVAL_MS: '5000',
      LOG_LEVEL: 'info',
      ...environment,
    });
  try {
    for (let index = 0; index < count; index++) instances.push(await start(index));
  } catch (error) {
    // One that did not start must not leave the others running.
    for (const instance of instances) instance?.child.kill('SIGKILL');
    await Promise.all(redisLinks.map((link) => link.close()));
    throw error;
  }
  const balancer = await startTcpProxy(instances.map((instance) => (instance as ServerProcess).port));
  // A cluster test that fails on a loaded CI machine says why: every instance's warnings and its last lines.
  // Only from inside a test: vitest throws when the hook is registered from a beforeAll (clusterAccess's cluster).
  if (expect.getState().currentTestName !== undefined) {
    onTestFailed(() => {
      instances.forEach((instance, index) => {
        if (instance) console.error(`instance-${index} (${prefix}):\n${logWorthReading(instance.output())}`);
      });
    });
  }
  return {
    instances,
    redisLinks,
    balancer,
    prefix,
    url: (index) => (instances[index] as ServerProcess).url,
    async restart(index) {
      const started = await start(index);
      instances[index] = started;
      balancer.setTargets(instances.filter((instance) => instance !== undefined).map((instance) => instance.port));
      return started;
    },
    async stop() {
      // YTTRA_CLUSTER_LOGS=<dir> keeps each instance's log lines for a look after a failure.
      const logs = process.env.YTTRA_CLUSTER_LOGS;
      if (logs) {
        instances.forEach((instance, index) => {
          if (instance) writeFileSync(join(logs, `${prefix.replace(/:$/, '')}-${index}.log`), instance.output());
        });
      }
      for (const instance of instances) instance?.child.kill('SIGKILL');
      await Promise.all(instances.map((instance) => instance?.exited));
      await balancer.close();
      await Promise.all(redisLinks.map((link) => link.close()));
      await deletePrefix(prefix);
      dataDir.remove();
    },
  };
}

/** The warnings and errors of a server's JSON log (pino levels 40 and up), then its last 40 lines. */
function logWorthReading(output: string): string {
  const lines = output.split('\n').filter((line) => line.length > 0);
  const worrying = lines.filter((line) => /"level":(4|5|6)\d/.test(line)).slice(-40);
  return [...worrying, '…', ...lines.slice(-40)].join('\n');
}

/** Removes every key the cluster left in Redis (locks, sign-in counts). */
async function deletePrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
