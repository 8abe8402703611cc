import { parseTemplate } from '@yttra/domain';
import { templateRegistry } from './templateRegistry';

/**
 * Adds templates (as served by `GET /api/templates`) to the registry every lookup without an explicit registry
 * uses, so that a template an organisation configured phrases and orders the editor exactly as the exports.
 * Each is validated first; a built-in template is never replaced.
 */
export function registerTemplates(templates: Readonly<Record<string, unknown>>): void {
  const registry = templateRegistry as Record<string, ReturnType<typeof parseTemplate>>;
  for (const [templateId, template] of Object.entries(templates)) {
    if (Object.hasOwn(registry, templateId)) continue;
    registry[templateId] = parseTemplate(template);
  }
}
