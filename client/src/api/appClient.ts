import type { AppType } from '@yttra/server';
import { hc } from 'hono/client';
import { apiFetch } from './http';

/**
 * Hono's typed client for the server's routes (`AppType`): paths, parameters and bodies are checked against the
 * server's own route definitions at compile time. Every call goes through apiFetch (session cookie, CSRF token,
 * 401 as signed out, errors as ApiError); answers are still checked against @yttra/api's schemas at run time.
 */
export const api = hc<AppType>('/', { fetch: apiFetch }).api;
