import { apiJson } from './http';
import { array, boolean, nullableNumber, nullableString, number, oneOf, record, string } from './parse';

export type SignatoryRole = 'chair' | 'justerare';
const SIGNATORY_ROLES = ['chair', 'justerare'] as const;

export interface Signatory {
  userId: string;
  name: string;
  role: SignatoryRole;
  approvedAt: number | null;
}

export interface Justering {
  plannedDate: string | null;
  immediate: boolean;
  keptAt: string | null;
  signatories: Signatory[];
  /** Why the paragraph cannot be justered yet, in Swedish; empty when nothing stands in the way. */
  problems: string[];
  justeredAt: number | null;
  checksum: string | null;
  notice: { postedOn: string; comesDownOn: string } | null;
  corrections: { correctedAt: number; correctedBy: string; reason: string }[];
  /** People the secretary may name (only in the secretary's answer). */
  candidates: { userId: string; name: string; role: SignatoryRole }[];
  canApprove: boolean;
}

export interface JusteringPlan {
  chairUserId: string;
  justerareUserIds: string[];
  plannedDate: string;
  immediate: boolean;
  keptAt: string;
}

const path = (matterId: string) => `/api/matters/${encodeURIComponent(matterId)}`;

function person(value: unknown) {
  const entry = record(value, 'person');
  return {
    userId: string(entry.userId, 'person-id'),
    name: string(entry.name, 'namn'),
    role: oneOf(entry.role, SIGNATORY_ROLES, 'justeringsroll'),
  };
}

export function parseJustering(value: unknown): Justering {
  const body = record(value, 'justering');
  const notice = body.notice === null || body.notice === undefined ? null : record(body.notice, 'anslag');
  return {
    plannedDate: nullableString(body.plannedDate, 'justeringsdag'),
    immediate: boolean(body.immediate, 'omedelbar justering'),
    keptAt: nullableString(body.keptAt, 'förvaringsplats'),
    signatories: array(body.signatories, 'justerare').map((value) => ({
      ...person(value),
      approvedAt: nullableNumber(record(value, 'justerare').approvedAt, 'justerad'),
    })),
    problems: array(body.problems, 'hinder').map((problem) => string(problem, 'hinder')),
    justeredAt: nullableNumber(body.justeredAt, 'justerad'),
    checksum: nullableString(body.checksum, 'kontrollsumma'),
    notice: notice && {
      postedOn: string(notice.postedOn, 'anslaget'),
      comesDownOn: string(notice.comesDownOn, 'tas ned'),
    },
    corrections: array(body.corrections, 'rättelser').map((value) => {
      const correction = record(value, 'rättelse');
      return {
        correctedAt: number(correction.correctedAt, 'rättad'),
        correctedBy: string(correction.correctedBy, 'rättad av'),
        reason: string(correction.reason, 'skäl'),
      };
    }),
    candidates: array(body.candidates ?? [], 'valbara').map(person),
    canApprove: boolean(body.canApprove, 'får justera'),
  };
}

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
