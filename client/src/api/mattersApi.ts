import {
  type CreateMatterBody,
  createdMatterSchema,
  type DraftKind,
  type ListedMatter,
  type Matter,
  type MatterDetails,
  matterDetailsSchema,
  matterDocumentSchema,
  matterListSchema,
  type TabledVersion,
  tabledResultSchema,
  tabledVersionsSchema,
} from '@yttra/api';
import { api } from './appClient';
import { parseAnswer } from './parseAnswer';

export async function listMatters(signal?: AbortSignal): Promise<ListedMatter[]> {
  const response = await api.matters.$get({}, { init: { signal } });
  return parseAnswer(matterListSchema, await response.json(), 'ärendelista').matters;
}

export type NewMatter = CreateMatterBody;

export async function createMatter(input: NewMatter): Promise<{ matter: Matter; protocolDocumentId: string }> {
  const response = await api.matters.$post({ json: input });
  return parseAnswer(createdMatterSchema, await response.json(), 'nytt ärende');
}

export async function fetchMatter(matterId: string, signal?: AbortSignal): Promise<MatterDetails> {
  const response = await api.matters[':matterId'].$get({ param: { matterId } }, { init: { signal } });
  return parseAnswer(matterDetailsSchema, await response.json(), 'ärende');
}

/** A new draft owned by the caller's party group; resolves with its document id. */
export async function createDraft(matterId: string, title: string, draftKind: DraftKind): Promise<string> {
  const response = await api.matters[':matterId'].drafts.$post({ param: { matterId }, json: { title, draftKind } });
  return parseAnswer(matterDocumentSchema.pick({ id: true }), await response.json(), 'nytt utkast').id;
}

/** Shares a draft with these groups; those in `suggestOnlyGroupIds` may only suggest changes. */
export async function shareDraft(
  documentId: string,
  partyGroupIds: readonly string[],
  suggestOnlyGroupIds: readonly string[] = [],
): Promise<void> {
  await api.documents[':documentId'].groups.$put({
    param: { documentId },
    json: { partyGroupIds: [...partyGroupIds], suggestOnlyGroupIds: [...suggestOnlyGroupIds] },
  });
}

/** Lämna in: an immutable snapshot the whole board can read. Resolves with its version number. */
export async function tableDraft(documentId: string): Promise<number> {
  const response = await api.documents[':documentId'].table.$post({ param: { documentId } });
  return parseAnswer(tabledResultSchema, await response.json(), 'inlämning').version;
}

/** Withdraws (återkallar) a draft of the caller's group: it is gone for everyone; its tabled versions stay. */
export async function withdrawDraft(documentId: string): Promise<void> {
  await api.documents[':documentId'].$delete({ param: { documentId } });
}

export async function fetchTabledVersions(documentId: string, signal?: AbortSignal): Promise<TabledVersion[]> {
  const response = await api.documents[':documentId'].tabled.$get({ param: { documentId } }, { init: { signal } });
  return parseAnswer(tabledVersionsSchema, await response.json(), 'inlämnade versioner').tabled;
}

export async function assembleDraft(matterId: string, draftDocumentId: string, version: number): Promise<void> {
  await api.matters[':matterId'].assemble.$post({ param: { matterId }, json: { draftDocumentId, version } });
}

/** `winningProposal` is a proposal id or "administration" (förvaltningens förslag). */
export async function recordOutcome(matterId: string, winningProposal: string): Promise<void> {
  await api.matters[':matterId'].outcome.$post({ param: { matterId }, json: { winningProposal } });
}
