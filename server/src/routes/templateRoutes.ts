import type { TemplateRegistry } from '@yttra/editor';
import { Hono } from 'hono';

/** `GET /api/templates`: every protocol template this server knows, for the editor's live phrasing. */
export function templateRoutes(templates: TemplateRegistry) {
  return new Hono().get('/', (c) =>
    c.json({ templates: Object.entries(templates).map(([id, template]) => ({ id, name: template.name, template })) }),
  );
}
