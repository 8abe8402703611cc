import { Hono } from 'hono';

export interface HealthSource {
  loadedDocuments(): number;
}

export function healthRoutes(source: HealthSource) {
  return new Hono().get('/', (c) => c.json({ status: 'ok', loadedDocuments: source.loadedDocuments() }));
}
