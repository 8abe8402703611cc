import pg from 'pg';

export interface PoolOptions {
  /** Most connections this instance opens; every store of the instance shares them. */
  max?: number;
  /** How long a query waits for a connection before it fails (the database is unreachable or saturated). */
  connectionTimeoutMs?: number;
}

/** BIGINT columns hold millisecond times and log sequence numbers, all far below 2^53: read them as numbers. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/**
 * A connection pool to DATABASE_URL. A connection the database or the network drops (restart, failover,
 * pg_terminate_backend, a cut cable) must never take the process down: the query on it fails (and with it
 * the write, which the sync layer answers with 1011), the error is reported once to `onConnectionError`, and
 * the pool discards the connection and opens a new one when next needed.
 */
export function openPool(
  connectionString: string,
  options: PoolOptions = {},
  onConnectionError: (error: Error) => void = () => {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    // Probes an idle or stalled connection after 10 s, so a database that vanished without closing it is noticed.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: 'yttra',
    types,
  });
  // pg emits 'error' on the client itself when its socket fails, even while a query or transaction holds it
  // (the pool listens only while it is idle): without a listener of our own that would be an uncaught error.
  const reported = new WeakSet<object>();
  const report = (error: Error, client: object) => {
    if (reported.has(client)) return;
    reported.add(client);
    onConnectionError(error);
  };
  pool.on('connect', (client) => client.on('error', (error: Error) => report(error, client)));
  pool.on('error', (error, client) => report(error, client));
  return pool;
}
