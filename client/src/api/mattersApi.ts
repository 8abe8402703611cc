import { apiJson } from './http';
import {
  type DraftKind,
  type Matter,
  type MatterDetails,
  parseMatter,
  parseMatterDetails,
  parseMatterList,
  parseTabledVersions,
  type TabledVersion,
} from './matter';
import { number, record, string } from './parse';

const matterPath = (matterId: string) => `/api/matters/${encodeURIComponent(matterId)}`;
const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

export async function listMatters(signal?: AbortSignal): Promise<Matter[]> {
  return parseMatterList(await apiJson('/api/matters', { signal }));
}

export interface NewMatter {
  organisationId: string;
  caseNumber: string;
  title: string;
  kind?: string;
  meetingDate?: string;
  replyDeadline?: string;
}

export async function createMatter(input: NewMatter): Promise<{ matter: Matter; protocolDocumentId: string }> {
  const body = record(await apiJson('/api/matters', { method: 'POST', body: input }), 'nytt ärende');
  return { matter: parseMatter(body.matter), protocolDocumentId: string(body.protocolDocumentId, 'paragraf') };
}

export async function fetchMatter(matterId: string, signal?: AbortSignal): Promise<MatterDetails> {
  return parseMatterDetails(await apiJson(matterPath(matterId), { signal }));
}

/** A new draft owned by the caller's party group; resolves with its document id. */
export async function createDraft(matterId: string, title: string, draftKind: DraftKind): Promise<string> {
  const body = record(
    await apiJson(`${matterPath(matterId)}/drafts`, { method: 'POST', body: { title, draftKind } }),
    'nytt utkast',
  );
  return string(body.id, 'dokument-id');
}

export async function shareDraft(documentId: string, partyGroupIds: readonly string[]): Promise<void> {
  await apiJson(`${documentPath(documentId)}/groups`, { method: 'PUT', body: { partyGroupIds } });
}

/** Lämna in: an immutable snapshot the whole board can read. Resolves with its version number. */
export async function tableDraft(documentId: string): Promise<number> {
  const body = record(await apiJson(`${documentPath(documentId)}/table`, { method: 'POST' }), 'inlämning');
  return number(body.version, 'version');
}

/** Withdraws (återkallar) a draft of the caller's group: it is gone for everyone; its tabled versions stay. */
export async function withdrawDraft(documentId: string): Promise<void> {
  await apiJson(documentPath(documentId), { method: 'DELETE' });
}

export async function fetchTabledVersions(documentId: string, signal?: AbortSignal): Promise<TabledVersion[]> {
  return parseTabledVersions(await apiJson(`${documentPath(documentId)}/tabled`, { signal }));
}

export async function assembleDraft(matterId: string, draftDocumentId: string, version: number): Promise<void> {
  await apiJson(`${matterPath(matterId)}/assemble`, { method: 'POST', body: { draftDocumentId, version } });
}

/** `winningProposal` is a proposal id or "administration" (förvaltningens förslag). */
export async function recordOutcome(matterId: string, winningProposal: string): Promise<void> {
  await apiJson(`${matterPath(matterId)}/outcome`, { method: 'POST', body: { winningProposal } });
}

export async function approveParagraph(matterId: string): Promise<{ approvedAt: number; checksum: string }> {
  const body = record(await apiJson(`${matterPath(matterId)}/approve`, { method: 'POST' }), 'justering');
  return { approvedAt: number(body.approvedAt, 'justerad'), checksum: string(body.checksum, 'kontrollsumma') };
}
