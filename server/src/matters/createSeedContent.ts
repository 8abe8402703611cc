import type { JSONContent } from '@tiptap/core';
import {
  DEFAULT_TEMPLATE_ID,
  draftContent,
  emptyProtocolContent,
  initialContent,
  type TemplateRegistry,
} from '@yttra/editor';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import { matterHeader } from './matterHeader';

/**
 * What a document holds before anyone writes in it: free text gets its title, a matter's paragraph the
 * protocol skeleton with the matter's header filled in, a draft its one block.
 */
export function createSeedContent(organisations: OrganisationStore, templates: TemplateRegistry) {
  return async (record: DocumentRecord): Promise<JSONContent> => {
    if (record.kind === 'text') return initialContent(record.title);
    // A draft is its one block; the matter's header stays with the matter (see prepareDraftDocument).
    if (record.role === 'draft') return draftContent(record.draftKind ?? 'proposal');
    const templateId = record.templateId ?? DEFAULT_TEMPLATE_ID;
    const matter = record.matterId ? await organisations.getMatter(record.matterId) : undefined;
    const organisation = matter ? await organisations.getOrganisation(matter.organisationId) : undefined;
    if (!matter || !organisation) return emptyProtocolContent(record.title, templateId, templates);
    const header = matterHeader(matter, organisation);
    const skeleton = emptyProtocolContent(matter.title, templateId, templates);
    const [first, ...rest] = skeleton.content ?? [];
    return { ...skeleton, content: [{ ...first, attrs: { ...first?.attrs, ...header } }, ...rest] };
  };
}
