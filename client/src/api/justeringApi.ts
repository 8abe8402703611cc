import { type Justering, type JusteringPlan, justeringSchema } from '@yttra/api';
import { apiJson } from './http';
import { parseAnswer } from './parseAnswer';

export type { Justering, JusteringPlan, Signatory, SignatoryRole } from '@yttra/api';

const path = (matterId: string) => `/api/matters/${encodeURIComponent(matterId)}`;
const parseJustering = (value: unknown) => parseAnswer(justeringSchema, value, 'justering');

export async function fetchJustering(matterId: string, signal?: AbortSignal): Promise<Justering> {
  return parseJustering(await apiJson(`${path(matterId)}/justering`, { signal }));
}

export async function nameSignatories(matterId: string, plan: JusteringPlan): Promise<Justering> {
  return parseJustering(await apiJson(`${path(matterId)}/justering`, { method: 'PUT', body: plan }));
}

export async function approveJustering(matterId: string): Promise<Justering> {
  return parseJustering(await apiJson(`${path(matterId)}/justering/approve`, { method: 'POST' }));
}

export async function correctParagraph(matterId: string, reason: string): Promise<Justering> {
  return parseJustering(await apiJson(`${path(matterId)}/correction`, { method: 'POST', body: { reason } }));
}
