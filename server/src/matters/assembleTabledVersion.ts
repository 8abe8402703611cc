import { extractDraftBlocks, insertBlocksIntoContent, shapeOfDraftKind, templateOfContent } from '@yttra/editor';
import type { DocumentRecord } from '../storage/DocumentStore';
import type { MatterServices } from './MatterServices';
import { rewriteDocument } from './rewriteDocument';

export type AssemblyOutcome = { inserted: string[] } | { error: string; status: 400 | 409 };

/**
 * Inserts a tabled version of one of the matter's drafts into its paragraph, where the template prints it, and
 * records that it was inserted (once per draft version).
 */
export async function assembleTabledVersion(
  {
    store,
    organisations,
    registry,
    templates,
    versions: history,
  }: Pick<MatterServices, 'store' | 'organisations' | 'registry' | 'templates'> &
    Partial<Pick<MatterServices, 'versions'>>,
  protocol: DocumentRecord,
  draftDocumentId: string,
  version: number,
  assembledBy: string,
): Promise<AssemblyOutcome> {
  const draft = await store.getDocument(draftDocumentId);
  if (!draft || draft.matterId !== protocol.matterId || draft.role !== 'draft') {
    return { error: 'Utkastet hör inte till ärendet', status: 400 };
  }
  const versions = await organisations.listTabledVersions(draft.id);
  // An untabled draft is private to its groups: answered exactly like a draft that does not exist.
  if (versions.length === 0) return { error: 'Utkastet hör inte till ärendet', status: 400 };
  const tabled = versions.find((entry) => entry.version === version);
  if (!tabled) return { error: 'Versionen är inte inlämnad', status: 400 };
  const assemblies = await organisations.listAssemblies(protocol.id);
  if (assemblies.some((a) => a.draftDocumentId === draft.id && a.draftVersion === version)) {
    return { error: 'Versionen finns redan i paragrafen', status: 409 };
  }
  const blocks = extractDraftBlocks(JSON.parse(tabled.contentJson), shapeOfDraftKind(draft.draftKind ?? 'proposal'));
  await rewriteDocument(
    registry,
    protocol.id,
    (content) => insertBlocksIntoContent(content, blocks, templateOfContent(content, templates)),
    assembledBy,
  );
  await organisations.recordAssembly({
    protocolDocumentId: protocol.id,
    draftDocumentId: draft.id,
    draftVersion: version,
    assembledAt: Date.now(),
    assembledBy,
  });
  if (protocol.matterId) await organisations.setMatterStatus(protocol.matterId, 'assembling');
  // A milestone of the paragraph's history: what it said right after the insertion.
  const label = `${draft.title}, inlämnad version ${version}`;
  await history?.capture(protocol.id, { reason: 'inserted', name: `Infört: ${label}`, createdBy: assembledBy });
  return { inserted: blocks.map((block) => block.type ?? '') };
}
