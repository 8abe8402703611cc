import * as Y from 'yjs';
import type { DocumentStore } from './DocumentStore';

export interface CompactionResult {
  entriesBefore: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Merges a document's update log into one snapshot. Appends that land while the merge runs get a
 * higher seq than anything merged and so survive the replacement untouched.
 */
export async function compactDocument(store: DocumentStore, documentId: string): Promise<CompactionResult> {
  const log = await store.loadUpdates(documentId);
  const bytesBefore = log.reduce((sum, entry) => sum + entry.update.byteLength, 0);
  const last = log.at(-1);
  if (!last || log.length < 2) return { entriesBefore: log.length, bytesBefore, bytesAfter: bytesBefore };

  // Applying into a document (rather than Y.mergeUpdates) lets garbage collection drop deleted content.
  // A guid of our own: Yjs's default draws one random number per character, most of a millisecond per document.
  const scratch = new Y.Doc({ guid: 'compaction' });
  for (const entry of log) Y.applyUpdate(scratch, entry.update);
  const merged = Y.encodeStateAsUpdate(scratch);
  scratch.destroy();
  // Yield once so the merge never sits inside the same turn as the appends it might race.
  await new Promise((resolve) => setImmediate(resolve));
  await store.replaceUpdates(documentId, last.seq, merged);
  return { entriesBefore: log.length, bytesBefore, bytesAfter: merged.byteLength };
}
