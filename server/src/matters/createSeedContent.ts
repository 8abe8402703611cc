import type { JSONContent } from '@tiptap/core';
import {
  DEFAULT_TEMPLATE_ID,
  draftContent,
  emptyProtocolContent,
  getTemplate,
  initialContent,
  type TemplateRegistry,
} from '@yttra/editor';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import { matterHeader } from './matterHeader';

/**
 * What a document holds before anyone writes in it: free text gets its title, a matter's paragraph the
 * protocol skeleton with the matter's header filled in, a draft its one block under that header.
 */
export function createSeedContent(organisations: OrganisationStore, templates: TemplateRegistry) {
  return async (record: DocumentRecord): Promise<JSONContent> => {
    if (record.kind === 'text') return initialContent(record.title);
    const templateId = record.templateId ?? DEFAULT_TEMPLATE_ID;
    const template = getTemplate(templateId, templates) ?? getTemplate(DEFAULT_TEMPLATE_ID)!;
    const matter = record.matterId ? await organisations.getMatter(record.matterId) : undefined;
    const organisation = matter ? await organisations.getOrganisation(matter.organisationId) : undefined;
    if (!matter || !organisation) return emptyProtocolContent(record.title, templateId, templates);
    const header = matterHeader(matter, organisation);
    if (record.role === 'draft') return draftContent(record.draftKind ?? 'proposal', header, template);
    const skeleton = emptyProtocolContent(matter.title, templateId, templates);
    const [first, ...rest] = skeleton.content ?? [];
    return { ...skeleton, content: [{ ...first, attrs: { ...first?.attrs, ...header } }, ...rest] };
  };
}
