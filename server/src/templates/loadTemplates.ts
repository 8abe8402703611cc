import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseTemplate } from '@yttra/domain';
import { type TemplateRegistry, templateRegistry } from '@yttra/editor';

const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Far above any real template (the built-in ones are a few kB); a larger file is a mistake, not a template. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

/**
 * The built-in templates plus every `<id>.json` in `directory`: how an organisation brings its own protocol
 * conventions without a code change. A file that is not a valid template stops the server with its problems.
 */
export function loadTemplates(directory: string | undefined): TemplateRegistry {
  if (!directory) return templateRegistry;
  const loaded: Record<string, TemplateRegistry[string]> = { ...templateRegistry };
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const templateId = basename(file, '.json');
    if (!TEMPLATE_ID.test(templateId)) throw new Error(`Template file ${file}: the name must be a lowercase id`);
    if (statSync(join(directory, file)).size > MAX_TEMPLATE_BYTES) {
      throw new Error(`Template file ${file} is larger than ${MAX_TEMPLATE_BYTES / 1024} kB`);
    }
    try {
      loaded[templateId] = parseTemplate(JSON.parse(readFileSync(join(directory, file), 'utf8')));
    } catch (error) {
      throw new Error(
        `Template file ${file} is not a valid template: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  return loaded;
}
