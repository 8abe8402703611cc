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
 * A connection pool to DATABASE_URL. An idle connection the server drops (restart, failover,
 * pg_terminate_backend) is only logged and replaced on next use: the pool must never take the process down.
 */
export function openPool(
  connectionString: string,
  options: PoolOptions = {},
  onIdleError: (error: Error) => void = () => {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'yttra',
    types,
  });
  pool.on('error', onIdleError);
  return pool;
}
