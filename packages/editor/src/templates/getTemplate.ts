import type { ProtocolTemplate } from '@yttra/domain';
import { type TemplateRegistry, templateRegistry } from './templateRegistry';

/** The template registered under `templateId`, or undefined when there is none. */
export function getTemplate(
  templateId: string,
  templates: TemplateRegistry = templateRegistry,
): ProtocolTemplate | undefined {
  return Object.hasOwn(templates, templateId) ? templates[templateId] : undefined;
}
