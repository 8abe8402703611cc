import {
  type DocumentAccess,
  type DocumentDetails,
  type DocumentSummary,
  documentAccessSchema,
  documentDetailsSchema,
  documentListSchema,
  documentSummarySchema,
} from '@yttra/api';
import { parseAnswer } from './parseAnswer';

export type { DocumentAccess, DocumentDetails, DocumentKind, DocumentRole, DocumentSummary } from '@yttra/api';

export class UnexpectedResponseError extends Error {
  constructor(what: string) {
    super(`Oväntat svar från servern (${what})`);
    this.name = 'UnexpectedResponseError';
  }
}

// The server's answers, checked against the API's shared schemas (@yttra/api) at the boundary.

export function parseDocumentSummary(value: unknown): DocumentSummary {
  return parseAnswer(documentSummarySchema, value, 'dokument');
}

export function parseDocumentAccess(value: unknown): DocumentAccess {
  return parseAnswer(documentAccessSchema, value, 'behörighet');
}

export function parseDocumentDetails(value: unknown): DocumentDetails {
  return parseAnswer(documentDetailsSchema, value, 'dokument');
}

export function parseDocumentList(value: unknown): DocumentSummary[] {
  return parseAnswer(documentListSchema, value, 'dokumentlista').documents;
}
