import { enforceDraftShape, shapeOfDraftKind } from '@yttra/editor';
import { DRAFT_CONTEXT_MAP } from '@yttra/protocol';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import type { SharedDocument } from '../sync/SharedDocument';
import { draftHeader } from './draftHeader';

/**
 * Runs when a document is loaded, before any client sees it. A party's draft gets its shape (so that every later
 * update is held to it), a draft stored in an older shape (the block under a protocol header, in a section) is
 * rewritten into its shape, and the matter's header is written where the draft's editor reads it.
 */
export function prepareDraftDocument(organisations: OrganisationStore) {
  return async (record: DocumentRecord, document: SharedDocument): Promise<void> => {
    if (record.role !== 'draft') return;
    const shape = shapeOfDraftKind(record.draftKind ?? 'proposal');
    document.shape = shape;
    const header = await draftHeader(organisations, record);
    document.applyServerChange((doc) => {
      enforceDraftShape(doc, shape);
      const context = doc.getMap(DRAFT_CONTEXT_MAP);
      for (const [key, value] of Object.entries(header)) {
        if (value !== undefined && context.get(key) !== value) context.set(key, value);
      }
    });
  };
}
