import pino from 'pino';

export type Logger = pino.Logger;

/** One JSON line per event on stdout; fields such as documentId and connectionId ride along. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'yttra' }, timestamp: pino.stdTimeFunctions.isoTime });
}
