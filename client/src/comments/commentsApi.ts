import type { CommentAnchor } from '@yttra/editor';
import { UnexpectedResponseError } from '../api/documentSummary';
import { apiJson } from '../api/http';

export interface Person {
  id: string;
  name: string;
}

export interface ThreadComment {
  id: string;
  author: Person;
  /** Null when the comment is deleted or hidden. */
  body: string | null;
  createdAt: number;
  editedAt: number | null;
  /** The people the comment mentions. */
  mentions: Person[];
  deleted: boolean;
  hidden: boolean;
}

export interface Thread {
  id: string;
  anchor: CommentAnchor;
  quote: string;
  createdAt: number;
  createdBy: Person;
  resolvedAt: number | null;
  resolvedBy: Person | null;
  comments: ThreadComment[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parsePerson(value: unknown): Person {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.name !== 'string') {
    throw new UnexpectedResponseError('person');
  }
  return { id: value.id, name: value.name };
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function parseComment(value: unknown): ThreadComment {
  if (!isRecord(value) || typeof value.id !== 'string') throw new UnexpectedResponseError('kommentar');
  const { body, createdAt, editedAt = null, deleted = false, hidden = false } = value;
  if (body !== null && typeof body !== 'string') throw new UnexpectedResponseError('kommentar');
  if (!isTime(createdAt) || (editedAt !== null && !isTime(editedAt))) throw new UnexpectedResponseError('datum');
  if (typeof deleted !== 'boolean' || typeof hidden !== 'boolean') throw new UnexpectedResponseError('kommentar');
  const { mentions = [] } = value;
  if (!Array.isArray(mentions)) throw new UnexpectedResponseError('nämnda');
  return {
    id: value.id,
    author: parsePerson(value.author),
    body,
    createdAt,
    editedAt,
    mentions: mentions.map(parsePerson),
    deleted,
    hidden,
  };
}

export function parseThread(value: unknown): Thread {
  if (!isRecord(value) || typeof value.id !== 'string') throw new UnexpectedResponseError('tråd');
  const { anchor, quote, createdAt, resolvedAt = null, resolvedBy = null, comments } = value;
  if (!isRecord(anchor) || typeof anchor.start !== 'string' || typeof anchor.end !== 'string') {
    throw new UnexpectedResponseError('förankring');
  }
  if (typeof quote !== 'string' || !isTime(createdAt) || (resolvedAt !== null && !isTime(resolvedAt))) {
    throw new UnexpectedResponseError('tråd');
  }
  if (!Array.isArray(comments)) throw new UnexpectedResponseError('kommentarer');
  return {
    id: value.id,
    anchor: { start: anchor.start, end: anchor.end },
    quote,
    createdAt,
    createdBy: parsePerson(value.createdBy),
    resolvedAt,
    resolvedBy: resolvedBy === null ? null : parsePerson(resolvedBy),
    comments: comments.map(parseComment),
  };
}

export function parsePeople(value: unknown): Person[] {
  if (!isRecord(value) || !Array.isArray(value.people)) throw new UnexpectedResponseError('personer');
  return value.people.map(parsePerson);
}

/** The board a document belongs to, from `GET /api/documents/:id`; null when the answer names none. */
export function parseOrganisationId(value: unknown): string | null {
  if (!isRecord(value)) throw new UnexpectedResponseError('dokument');
  return typeof value.organisationId === 'string' ? value.organisationId : null;
}

export function parseThreads(value: unknown): Thread[] {
  if (!isRecord(value) || !Array.isArray(value.threads)) throw new UnexpectedResponseError('kommentarer');
  return value.threads.map(parseThread);
}

const base = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/comments`;
const thread = (documentId: string, threadId: string) => `${base(documentId)}/${encodeURIComponent(threadId)}`;
const reply = (documentId: string, threadId: string, commentId: string) =>
  `${thread(documentId, threadId)}/replies/${encodeURIComponent(commentId)}`;

export function commentEventsUrl(documentId: string): string {
  return `${base(documentId)}/events`;
}

export async function fetchThreads(documentId: string, signal?: AbortSignal): Promise<Thread[]> {
  return parseThreads(await apiJson(base(documentId), { signal }));
}

/** Who may be mentioned: the people who can read the document. */
export async function fetchPeople(documentId: string, signal?: AbortSignal): Promise<Person[]> {
  return parsePeople(await apiJson(`/api/documents/${encodeURIComponent(documentId)}/people`, { signal }));
}

export async function fetchOrganisationId(documentId: string, signal?: AbortSignal): Promise<string | null> {
  return parseOrganisationId(await apiJson(`/api/documents/${encodeURIComponent(documentId)}`, { signal }));
}

export async function createThread(
  documentId: string,
  input: { anchor: CommentAnchor; quote: string; body: string; mentions?: readonly string[] },
): Promise<Thread> {
  return parseThread(await apiJson(base(documentId), { method: 'POST', body: input }));
}

/** The server answers `{ id, createdAt }`; the full comment arrives with the next threads event. */
export async function addReply(
  documentId: string,
  threadId: string,
  body: string,
  mentions: readonly string[] = [],
): Promise<{ id: string; createdAt: number }> {
  const answer = await apiJson(`${thread(documentId, threadId)}/replies`, {
    method: 'POST',
    body: { body, mentions },
  });
  if (!isRecord(answer) || typeof answer.id !== 'string' || !isTime(answer.createdAt)) {
    throw new UnexpectedResponseError('svar');
  }
  return { id: answer.id, createdAt: answer.createdAt };
}

export async function editReply(documentId: string, threadId: string, commentId: string, body: string) {
  await apiJson(reply(documentId, threadId, commentId), { method: 'PATCH', body: { body } });
}

export async function deleteReply(documentId: string, threadId: string, commentId: string) {
  await apiJson(reply(documentId, threadId, commentId), { method: 'DELETE' });
}

export async function hideReply(documentId: string, threadId: string, commentId: string) {
  await apiJson(`${reply(documentId, threadId, commentId)}/hide`, { method: 'POST' });
}

export async function setResolved(documentId: string, threadId: string, resolved: boolean) {
  await apiJson(`${thread(documentId, threadId)}/${resolved ? 'resolve' : 'reopen'}`, { method: 'POST' });
}
