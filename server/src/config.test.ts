import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('fills in defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.maxMessageBytes).toBe(8 * 1024 * 1024);
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.clientDir).toBeUndefined();
  });

  it('reads numbers and paths from the environment', () => {
    const config = loadConfig({ PORT: '0', MAX_MESSAGE_BYTES: '1024', DATA_DIR: '/tmp/x', CLIENT_DIR: 'client/dist' });
    expect(config.port).toBe(0);
    expect(config.maxMessageBytes).toBe(1024);
    expect(config.dataDir).toBe('/tmp/x');
    expect(config.clientDir?.endsWith('client/dist')).toBe(true);
  });

  it('accepts a session lifetime in fractions of an hour, never zero or less', () => {
    expect(loadConfig({ SESSION_TTL_HOURS: '0.5' }).sessionTtlHours).toBe(0.5);
    expect(() => loadConfig({ SESSION_TTL_HOURS: '0' })).toThrow(/SESSION_TTL_HOURS/);
    expect(() => loadConfig({ SESSION_TTL_HOURS: '-1' })).toThrow(/SESSION_TTL_HOURS/);
  });

  it('names every invalid variable in one error', () => {
    expect(() => loadConfig({ PORT: 'abc', MAX_MESSAGE_BYTES: '-1', LOG_LEVEL: 'loud' })).toThrow(
      /PORT[\s\S]*MAX_MESSAGE_BYTES[\s\S]*LOG_LEVEL/,
    );
  });

  it('keeps SQLite unless DATABASE_URL names a PostgreSQL database, and refuses anything else', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/yttra' }).databaseUrl).toBe('postgres://u@db:5432/yttra');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/yttra' }).databaseUrl).toBe('postgresql://db/yttra');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/yttra' })).toThrow(/DATABASE_URL/);
    expect(loadConfig({}).databasePoolMax).toBe(10);
    expect(() => loadConfig({ DATABASE_POOL_MAX: '1' })).toThrow(/DATABASE_POOL_MAX/);
  });
});
