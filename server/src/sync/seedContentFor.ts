import { DEFAULT_TEMPLATE_ID, emptyProtocolContent, initialContent, type TemplateRegistry } from '@yttra/editor';
import type { DocumentRecord } from '../storage/DocumentStore';

/** What a document holds before anyone has written in it: a protocol skeleton, or just its title. */
export function seedContentFor(record: DocumentRecord, templates: TemplateRegistry): ReturnType<typeof initialContent> {
  if (record.kind === 'text') return initialContent(record.title);
  return emptyProtocolContent(record.title, record.templateId ?? DEFAULT_TEMPLATE_ID, templates);
}
