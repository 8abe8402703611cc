import type { Access } from './decideAccess';
import type { ResolvedDocument } from './resolveDocumentAccess';

export interface DocumentRefusal {
  error: string;
  status: 403 | 404;
}

/**
 * The answer for a caller who may not do `need` with a document. A document the caller cannot read gets
 * exactly the answer an unknown id gets (404, same body): an untabled draft's existence stays with its
 * groups. Only a reader who lacks a further right (write, comment) learns it is refused (403).
 */
export function documentRefusal(
  resolved: ResolvedDocument | undefined,
  need: keyof Access,
  notFound = 'Dokumentet finns inte',
): DocumentRefusal | undefined {
  if (!resolved?.access.read) return { error: notFound, status: 404 };
  if (!resolved.access[need]) return { error: 'Du har inte behörighet', status: 403 };
  return undefined;
}
