import { isValidDocumentId } from '@yttra/protocol';

/** A protocol paragraph (remissvar, with its structured blocks and exports) or a free text document. */
export type DocumentKind = 'protocol' | 'text';

export interface DocumentSummary {
  id: string;
  title: string;
  kind: DocumentKind;
  createdAt: number;
}

/** 'free': the board's notes; 'protocol': a matter's paragraph (§); 'draft': a party group's draft. */
export type DocumentRole = 'free' | 'protocol' | 'draft';

export interface DocumentAccess {
  read: boolean;
  write: boolean;
  comment: boolean;
}

/** One document as `GET /api/documents/:id` describes it to the caller. */
export interface DocumentDetails extends DocumentSummary {
  role: DocumentRole;
  matterId: string | null;
  approvedAt: number | null;
  access: DocumentAccess;
}

export class UnexpectedResponseError extends Error {
  constructor(what: string) {
    super(`Oväntat svar från servern (${what})`);
    this.name = 'UnexpectedResponseError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The server is another team's code: check its answers at the boundary instead of trusting the type. */
export function parseDocumentSummary(value: unknown): DocumentSummary {
  if (!isRecord(value)) throw new UnexpectedResponseError('dokument');
  const { id, title, kind = 'text', createdAt } = value;
  if (typeof id !== 'string' || !isValidDocumentId(id)) throw new UnexpectedResponseError('dokument-id');
  if (typeof title !== 'string') throw new UnexpectedResponseError('titel');
  // Documents from before kinds existed have none: they are free text.
  if (kind !== 'protocol' && kind !== 'text') throw new UnexpectedResponseError('dokumenttyp');
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) throw new UnexpectedResponseError('datum');
  return { id, title, kind, createdAt };
}

export function parseDocumentAccess(value: unknown): DocumentAccess {
  if (!isRecord(value)) throw new UnexpectedResponseError('behörighet');
  const { read, write, comment } = value;
  if (typeof read !== 'boolean' || typeof write !== 'boolean' || typeof comment !== 'boolean') {
    throw new UnexpectedResponseError('behörighet');
  }
  return { read, write, comment };
}

export function parseDocumentDetails(value: unknown): DocumentDetails {
  const summary = parseDocumentSummary(value);
  const { role = 'free', matterId = null, approvedAt = null, access } = value as Record<string, unknown>;
  if (role !== 'free' && role !== 'protocol' && role !== 'draft') throw new UnexpectedResponseError('dokumentroll');
  if (matterId !== null && typeof matterId !== 'string') throw new UnexpectedResponseError('ärende');
  if (approvedAt !== null && typeof approvedAt !== 'number') throw new UnexpectedResponseError('justering');
  return { ...summary, role, matterId, approvedAt, access: parseDocumentAccess(access) };
}

export function parseDocumentList(value: unknown): DocumentSummary[] {
  if (!isRecord(value) || !Array.isArray(value.documents)) throw new UnexpectedResponseError('dokumentlista');
  return value.documents.map(parseDocumentSummary);
}
