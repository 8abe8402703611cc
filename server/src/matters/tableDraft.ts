import { documentToJSON, withoutOpenSuggestions } from '@yttra/editor';
import * as Y from 'yjs';
import type { OrganisationStore, TabledVersion } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';

/**
 * Lämna in: freezes the draft's durable state as a new version that the whole board may read. Open suggestions are
 * not part of what is tabled: the tabled text is the owners' text as it stands.
 */
export async function tableDraft(
  registry: DocumentRegistry,
  organisations: OrganisationStore,
  draft: DocumentRecord,
  tabledBy: string,
): Promise<TabledVersion> {
  const snapshot = await registry.withDurableDocument(draft.id, (document) => ({
    json: withoutOpenSuggestions(documentToJSON(document.doc)),
    state: Y.encodeStateAsUpdate(document.doc),
  }));
  return organisations.addTabledVersion({
    documentId: draft.id,
    tabledAt: Date.now(),
    tabledBy,
    contentJson: JSON.stringify(snapshot.json),
    state: snapshot.state,
  });
}
