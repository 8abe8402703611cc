import { UnexpectedResponseError } from './documentSummary';

/**
 * Small checks for the server's answers: the server is another team's code, so its JSON is checked at the
 * boundary instead of being trusted by type. Each throws UnexpectedResponseError naming what was wrong.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new UnexpectedResponseError(what);
  return value;
}

export function string(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new UnexpectedResponseError(what);
  return value;
}

export function nullableString(value: unknown, what: string): string | null {
  if (value === null || value === undefined) return null;
  return string(value, what);
}

export function number(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new UnexpectedResponseError(what);
  return value;
}

export function nullableNumber(value: unknown, what: string): number | null {
  if (value === null || value === undefined) return null;
  return number(value, what);
}

export function boolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new UnexpectedResponseError(what);
  return value;
}

export function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new UnexpectedResponseError(what);
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UnexpectedResponseError(what);
  }
  return value as T;
}
