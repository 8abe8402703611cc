import { isValidDocumentId } from '@yttra/protocol';

export interface DocumentSummary {
  id: string;
  title: string;
  createdAt: number;
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
  const { id, title, createdAt } = value;
  if (typeof id !== 'string' || !isValidDocumentId(id)) throw new UnexpectedResponseError('dokument-id');
  if (typeof title !== 'string') throw new UnexpectedResponseError('titel');
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) throw new UnexpectedResponseError('datum');
  return { id, title, createdAt };
}

export function parseDocumentList(value: unknown): DocumentSummary[] {
  if (!isRecord(value) || !Array.isArray(value.documents)) throw new UnexpectedResponseError('dokumentlista');
  return value.documents.map(parseDocumentSummary);
}
