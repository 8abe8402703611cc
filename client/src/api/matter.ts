import { type MatterDeadline, matterDeadlineSchema } from '@yttra/domain';
import { isValidDocumentId } from '@yttra/protocol';
import {
  type DocumentAccess,
  type DocumentKind,
  type DocumentRole,
  parseDocumentAccess,
  UnexpectedResponseError,
} from './documentSummary';
import { array, boolean, nullableNumber, nullableString, number, oneOf, record, string } from './parse';
import { BOARD_ROLES, type BoardRole } from './session';

const deadlineListSchema = matterDeadlineSchema.array();

export type MatterStatus = 'drafting' | 'meeting' | 'assembling' | 'approved';
export const MATTER_STATUSES: readonly MatterStatus[] = ['drafting', 'meeting', 'assembling', 'approved'];

export type DraftKind = 'proposal' | 'statement' | 'reservation' | 'protocolNote';
export const DRAFT_KINDS: readonly DraftKind[] = ['proposal', 'statement', 'reservation', 'protocolNote'];

export interface Matter {
  /** The matter's deadlines under kommunallagen; in the overview of all matters. */
  deadlines: MatterDeadline[];
  id: string;
  organisationId: string;
  caseNumber: string;
  title: string;
  kind: string;
  /** ISO dates (YYYY-MM-DD). */
  meetingDate: string | null;
  replyDeadline: string | null;
  status: MatterStatus;
}

export interface PartyGroup {
  id: string;
  partyAbbreviation: string;
  name: string;
}

export interface MatterDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  role: DocumentRole;
  draftKind: DraftKind | null;
  createdAt: number;
  approvedAt: number | null;
  approvedChecksum: string | null;
  access: DocumentAccess;
  ownerGroups: { id: string; name: string }[];
  tabledVersions: number;
  /** The live draft has been edited since its latest tabled version. */
  changedSinceTabled: boolean;
}

/** A tabled (inlämnad) version: public to the whole board. */
export interface TabledEntry {
  documentId: string;
  title: string;
  draftKind: DraftKind | null;
  /** Names of the owning party groups. */
  groups: string[];
  version: number;
  tabledAt: number;
}

export interface Assembly {
  draftDocumentId: string;
  draftVersion: number;
  assembledAt: number;
}

export interface MatterDetails {
  matter: Matter;
  deadlines: MatterDeadline[];
  role: BoardRole;
  partyGroupId: string | null;
  partyGroups: PartyGroup[];
  documents: MatterDocument[];
  tabled: TabledEntry[];
  assembled: Assembly[];
}

export interface TabledVersion {
  version: number;
  tabledAt: number;
  tabledBy: string;
  text: string;
  /** The draft's ProseMirror JSON at tabling. */
  content: unknown;
}

function documentId(value: unknown): string {
  const id = string(value, 'dokument-id');
  if (!isValidDocumentId(id)) throw new UnexpectedResponseError('dokument-id');
  return id;
}

function nullableDraftKind(value: unknown): DraftKind | null {
  return value === null || value === undefined ? null : oneOf(value, DRAFT_KINDS, 'utkasttyp');
}

export function parseMatter(value: unknown): Matter {
  const matter = record(value, 'ärende');
  return {
    id: string(matter.id, 'ärende-id'),
    organisationId: string(matter.organisationId, 'nämnd'),
    caseNumber: string(matter.caseNumber, 'diarienummer'),
    title: string(matter.title, 'ärendemening'),
    kind: string(matter.kind ?? '', 'ärendetyp'),
    meetingDate: nullableString(matter.meetingDate, 'sammanträdesdatum'),
    replyDeadline: nullableString(matter.replyDeadline, 'svarsdatum'),
    status: oneOf(matter.status, MATTER_STATUSES, 'ärendestatus'),
    deadlines: parseDeadlines(matter.deadlines ?? []),
  };
}

export function parseDeadlines(value: unknown): MatterDeadline[] {
  const parsed = deadlineListSchema.safeParse(value);
  if (!parsed.success) throw new UnexpectedResponseError('tidsfrister');
  return parsed.data;
}

export function parseMatterList(value: unknown): Matter[] {
  return array(record(value, 'ärendelista').matters, 'ärendelista').map(parseMatter);
}

function parsePartyGroup(value: unknown): PartyGroup {
  const group = record(value, 'partigrupp');
  return {
    id: string(group.id, 'partigrupp-id'),
    partyAbbreviation: string(group.partyAbbreviation, 'parti'),
    name: string(group.name, 'partigruppens namn'),
  };
}

function parseMatterDocument(value: unknown): MatterDocument {
  const document = record(value, 'dokument');
  return {
    id: documentId(document.id),
    title: string(document.title, 'titel'),
    kind: oneOf(document.kind ?? 'text', ['protocol', 'text'] as const, 'dokumenttyp'),
    role: oneOf(document.role ?? 'free', ['free', 'protocol', 'draft'] as const, 'dokumentroll'),
    draftKind: nullableDraftKind(document.draftKind),
    createdAt: number(document.createdAt, 'datum'),
    approvedAt: nullableNumber(document.approvedAt, 'justering'),
    approvedChecksum: nullableString(document.approvedChecksum, 'kontrollsumma'),
    access: parseDocumentAccess(document.access),
    ownerGroups: array(document.ownerGroups ?? [], 'partigrupper').map((entry) => {
      const group = record(entry, 'partigrupp');
      return { id: string(group.id, 'partigrupp-id'), name: string(group.name, 'partigruppens namn') };
    }),
    tabledVersions: number(document.tabledVersions ?? 0, 'inlämnade versioner'),
    changedSinceTabled: boolean(document.changedSinceTabled ?? false, 'ändrad efter inlämning'),
  };
}

function parseTabledEntry(value: unknown): TabledEntry {
  const entry = record(value, 'inlämnad handling');
  return {
    documentId: documentId(entry.documentId),
    title: string(entry.title, 'titel'),
    draftKind: nullableDraftKind(entry.draftKind),
    groups: array(entry.groups ?? [], 'partigrupper').map((group) => string(group, 'partigrupp')),
    version: number(entry.version, 'version'),
    tabledAt: number(entry.tabledAt, 'inlämnad'),
  };
}

function parseAssembly(value: unknown): Assembly {
  const entry = record(value, 'infogad version');
  return {
    draftDocumentId: documentId(entry.draftDocumentId),
    draftVersion: number(entry.draftVersion, 'version'),
    assembledAt: number(entry.assembledAt, 'infogad'),
  };
}

/** The answer of `GET /api/matters/:id`. */
export function parseMatterDetails(value: unknown): MatterDetails {
  const body = record(value, 'ärende');
  return {
    matter: parseMatter(body.matter),
    deadlines: parseDeadlines(body.deadlines ?? []),
    role: oneOf(body.role, BOARD_ROLES, 'roll'),
    partyGroupId: nullableString(body.partyGroupId, 'partigrupp'),
    partyGroups: array(body.partyGroups ?? [], 'partigrupper').map(parsePartyGroup),
    documents: array(body.documents ?? [], 'dokument').map(parseMatterDocument),
    tabled: array(body.tabled ?? [], 'inlämnade handlingar').map(parseTabledEntry),
    assembled: array(body.assembled ?? [], 'infogade versioner').map(parseAssembly),
  };
}

/** The answer of `GET /api/documents/:id/tabled`. */
export function parseTabledVersions(value: unknown): TabledVersion[] {
  return array(record(value, 'inlämnade versioner').tabled, 'inlämnade versioner').map((entry) => {
    const version = record(entry, 'inlämnad version');
    return {
      version: number(version.version, 'version'),
      tabledAt: number(version.tabledAt, 'inlämnad'),
      tabledBy: string(version.tabledBy ?? '', 'inlämnad av'),
      text: string(version.text, 'text'),
      content: version.content,
    };
  });
}
