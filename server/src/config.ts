import { resolve } from 'node:path';
import { z } from 'zod';
import { oidcSettingsFromEnvironment } from './auth/oidc/oidcSettingsFromEnvironment';
import type { OidcSettings } from './auth/oidc/oidcTypes';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const environmentSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * postgres://… keeps all state in that PostgreSQL database (shared by every instance) instead of the SQLite
   * file in DATA_DIR; unset or empty for SQLite.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/./, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Connections one instance opens to PostgreSQL at most (at least 2: startup seeding holds one). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(1000).default(10),
  /** Largest WebSocket frame accepted; a larger one closes that connection with 1009. */
  MAX_MESSAGE_BYTES: positiveInt.default(8 * 1024 * 1024),
  /** How often connections are pinged; one that misses a whole interval is dropped. */
  PING_INTERVAL_MS: positiveInt.default(30_000),
  /** Log entries of a loaded document that trigger a background compaction. */
  COMPACT_AFTER_UPDATES: positiveInt.default(500),
  /** Quiet time after the last edit before an automatic version is saved (issue 12). */
  VERSION_QUIET_MS: positiveInt.default(5 * 60_000),
  /** Directory of the built client; empty to serve no client. */
  CLIENT_DIR: z.string().default(''),
  /** Directory of extra protocol templates, one `<id>.json` each; empty for the built-in ones only. */
  TEMPLATES_DIR: z.string().default(''),
  /** How long a sign-in lasts. */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Failed sign-ins per address (and per client IP) within 15 minutes before sign-in pauses. */
  LOGIN_MAX_FAILURES: positiveInt.default(5),
  /** The address users reach Yttra at; https makes session cookies Secure. */
  PUBLIC_URL: z.string().url().optional(),
  /** 'demo' seeds a demo board on an empty database; 'production' never does. */
  YTTRA_MODE: z.enum(['demo', 'production']).default('demo'),
  /** Password of the demo accounts created in demo mode. */
  DEMO_PASSWORD: z.string().min(8).default('yttra-demo'),
  /** Shares live state (updates, presence, events, revocations, sign-in limits) between instances. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  /** Prefix of every Redis key and channel: pub/sub channels are shared by all Redis databases. */
  REDIS_PREFIX: z.string().min(1).max(64).default('yttra:'),
  /** Names this instance in logs and relay messages; random when unset. */
  INSTANCE_ID: z.string().min(1).max(64).optional(),
  /** How often each loaded document's log is checked for entries the relay did not deliver (with Redis). */
  CATCH_UP_INTERVAL_MS: positiveInt.default(2_000),
  /** How often every open live channel is re-judged from storage, in case an access change went unheard. */
  ACCESS_SWEEP_INTERVAL_MS: positiveInt.default(30_000),
  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL instead of the SQLite file in dataDir, when set. */
  databaseUrl: string | undefined;
  databasePoolMax: number;
  maxMessageBytes: number;
  pingIntervalMs: number;
  compactAfterUpdates: number;
  versionQuietMs: number;
  clientDir: string | undefined;
  templatesDir: string | undefined;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  sessionTtlHours: number;
  loginMaxFailures: number;
  publicUrl: string | undefined;
  secureCookies: boolean;
  mode: 'demo' | 'production';
  demoPassword: string;
  /** Sign-in through the organisation's identity provider, when OIDC_* is configured. */
  oidc: OidcSettings | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  instanceId: string | undefined;
  catchUpIntervalMs: number;
  accessSweepIntervalMs: number;
  metricsToken: string | undefined;
}

/** Reads and validates the configuration; throws one readable error listing every bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv): ServerConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    databasePoolMax: values.DATABASE_POOL_MAX,
    maxMessageBytes: values.MAX_MESSAGE_BYTES,
    pingIntervalMs: values.PING_INTERVAL_MS,
    compactAfterUpdates: values.COMPACT_AFTER_UPDATES,
    versionQuietMs: values.VERSION_QUIET_MS,
    clientDir: values.CLIENT_DIR ? resolve(values.CLIENT_DIR) : undefined,
    templatesDir: values.TEMPLATES_DIR ? resolve(values.TEMPLATES_DIR) : undefined,
    logLevel: values.LOG_LEVEL,
    sessionTtlHours: values.SESSION_TTL_HOURS,
    loginMaxFailures: values.LOGIN_MAX_FAILURES,
    publicUrl: values.PUBLIC_URL,
    secureCookies: values.PUBLIC_URL?.startsWith('https:') ?? false,
    mode: values.YTTRA_MODE,
    demoPassword: values.DEMO_PASSWORD,
    oidc: oidcSettingsFromEnvironment(environment),
    redisUrl: values.REDIS_URL,
    redisPrefix: values.REDIS_PREFIX,
    instanceId: values.INSTANCE_ID,
    catchUpIntervalMs: values.CATCH_UP_INTERVAL_MS,
    accessSweepIntervalMs: values.ACCESS_SWEEP_INTERVAL_MS,
    metricsToken: values.METRICS_TOKEN,
  };
}
