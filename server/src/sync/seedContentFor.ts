import { emptyProtocolContent, initialContent } from '@yttra/editor';
import type { DocumentRecord } from '../storage/DocumentStore';

/** What a document holds before anyone has written in it: a protocol skeleton, or just its title. */
export function seedContentFor(record: DocumentRecord): ReturnType<typeof initialContent> {
  return record.kind === 'protocol' ? emptyProtocolContent(record.title) : initialContent(record.title);
}
