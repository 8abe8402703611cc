import { randomUUID } from 'node:crypto';
import { blockContent, newProposalId, templateOfContent } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { CommentStore } from '../comments/CommentStore';
import { assembleTabledVersion } from '../matters/assembleTabledVersion';
import { createDraft } from '../matters/createDraft';
import type { MatterServices } from '../matters/MatterServices';
import { rewriteDocument } from '../matters/rewriteDocument';
import { tableDraft } from '../matters/tableDraft';
import type { Matter, PartyGroup } from '../organisation/OrganisationStore';
import { anchorOfPhrase } from './anchorOfPhrase';
import { demoParagraphContent } from './demoParagraphContent';
import { demoStory } from './demoStory';
import { replaceDraftBlock } from './replaceDraftBlock';

export interface DemoMatterServices
  extends Pick<MatterServices, 'store' | 'organisations' | 'registry' | 'templates'>,
    Partial<Pick<MatterServices, 'versions'>> {
  comments: CommentStore;
}

/**
 * Puts the demo matter where the story stands (demoStory): the secretary's material in the paragraph, the
 * parties' drafts written, shared and partly tabled, both proposals inserted, a reviewer's comment waiting.
 * Every step goes through the code the API uses, so the demo is what users would have made.
 */
export async function seedDemoMatter(
  services: DemoMatterServices,
  matter: Matter,
  protocolDocumentId: string,
  groups: readonly PartyGroup[],
  userIdOf: (key: string) => string,
  partyOf: (key: string) => string | null,
): Promise<void> {
  const { store, organisations, registry, templates, comments } = services;
  const groupOf = (party: string) => groups.find((group) => group.partyAbbreviation === party)!.id;
  const administrator = userIdOf('sekreterare');

  await rewriteDocument(registry, protocolDocumentId, (content) =>
    demoParagraphContent(content, demoStory.paragraph, templateOfContent(content, templates)),
  );
  const protocol = (await store.getDocument(protocolDocumentId))!;

  const draftIds = new Map<string, string>();
  for (const story of demoStory.drafts) {
    const ownParty = partyOf(story.author)!;
    const draft = await createDraft(store, organisations, matter, groupOf(ownParty), story);
    draftIds.set(story.title, draft.id);
    const [block] = blockContent(story.block, () => newProposalId());
    await rewriteDocument(registry, draft.id, (content) => replaceDraftBlock(content, block!));
    if (story.sharedWith.length > 0) {
      await organisations.setDocumentGroups(draft.id, [ownParty, ...story.sharedWith].map(groupOf));
    }
    if (!story.tabled) continue;
    const version = await tableDraft(registry, organisations, draft, userIdOf(story.author), services.versions);
    if (!story.assembled) continue;
    const outcome = await assembleTabledVersion(services, protocol, draft.id, version.version, administrator);
    if ('error' in outcome) throw new Error(`demo assembly of "${story.title}": ${outcome.error}`);
  }
  await organisations.setMatterStatus(matter.id, 'assembling');

  const { comment } = demoStory;
  const documentId = draftIds.get(comment.draft)!;
  const anchor = await registry.withDurableDocument(documentId, (document) =>
    anchorOfPhrase(document.doc.getXmlFragment(CONTENT_FRAGMENT), comment.quote),
  );
  if (!anchor) throw new Error(`demo comment: "${comment.quote}" is not in "${comment.draft}"`);
  const thread = {
    id: randomUUID(),
    documentId,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    quote: comment.quote,
    createdBy: userIdOf(comment.author),
    createdAt: Date.now(),
    resolvedAt: null,
    resolvedBy: null,
  };
  await comments.createThread(thread, {
    id: randomUUID(),
    threadId: thread.id,
    authorId: thread.createdBy,
    body: comment.body,
    createdAt: thread.createdAt,
    editedAt: null,
    deletedAt: null,
    hiddenAt: null,
    hiddenBy: null,
    mentions: [],
  });
}
