import { registerTemplates } from '@yttra/editor';

/**
 * Registers the protocol templates the server knows (built-ins plus the organisation's own), so the editor phrases
 * and orders a paragraph exactly as the exports will. Offline, or on any failure, the built-in templates remain.
 */
export async function registerServerTemplates(): Promise<void> {
  try {
    const response = await fetch('/api/templates', { credentials: 'same-origin' });
    if (!response.ok) return;
    const { templates } = (await response.json()) as { templates: { id: string; template: unknown }[] };
    registerTemplates(Object.fromEntries(templates.map(({ id, template }) => [id, template])));
  } catch (error) {
    console.warn('Mallarna kunde inte hämtas; de inbyggda används.', error);
  }
}
