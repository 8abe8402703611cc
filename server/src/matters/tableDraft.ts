import { documentToJSON, withoutOpenSuggestions } from '@yttra/editor';
import * as Y from 'yjs';
import type { OrganisationStore, TabledVersion } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';
import type { VersionService } from '../versions/VersionService';

/**
 * Lämna in: freezes the draft's durable state as a new version that the whole board may read, and saves the same
 * state in the draft's own history (a milestone version), so the draft can be compared with what was tabled.
 * Open suggestions are not part of what is tabled: the tabled text is the owners' text as it stands.
 */
export async function tableDraft(
  registry: DocumentRegistry,
  organisations: OrganisationStore,
  draft: DocumentRecord,
  tabledBy: string,
  versions?: VersionService,
): Promise<TabledVersion> {
  const snapshot = await registry.withDurableDocument(draft.id, (document) => ({
    json: withoutOpenSuggestions(documentToJSON(document.doc)),
    state: Y.encodeStateAsUpdate(document.doc),
  }));
  const tabled = await organisations.addTabledVersion({
    documentId: draft.id,
    tabledAt: Date.now(),
    tabledBy,
    contentJson: JSON.stringify(snapshot.json),
    state: snapshot.state,
  });
  await versions?.capture(
    draft.id,
    { reason: 'tabled', name: `Inlämnad version ${tabled.version}`, createdBy: tabledBy },
    snapshot.state,
  );
  return tabled;
}
