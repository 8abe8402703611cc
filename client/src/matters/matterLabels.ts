import type { DraftKind, MatterStatus } from '../api/matter';

const STATUS_LABELS: Record<MatterStatus, string> = {
  drafting: 'Beredning',
  meeting: 'Sammanträde',
  assembling: 'Sammanställning',
  approved: 'Justerat',
};

const DRAFT_KIND_LABELS: Record<DraftKind, string> = {
  proposal: 'Förslag',
  statement: 'Särskilt uttalande',
  reservation: 'Reservation',
  protocolNote: 'Protokollsanteckning',
};

export const DRAFT_KIND_CHOICES: readonly { value: DraftKind; label: string }[] = (
  Object.keys(DRAFT_KIND_LABELS) as DraftKind[]
).map((value) => ({ value, label: DRAFT_KIND_LABELS[value] }));

export function statusLabel(status: MatterStatus): string {
  return STATUS_LABELS[status];
}

export function draftKindLabel(kind: DraftKind | null): string {
  return kind === null ? 'Utkast' : DRAFT_KIND_LABELS[kind];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "15 september 2019" from "2019-09-15"; a date the server stored oddly is shown as it is. */
export function formatIsoDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "12 maj 2025 kl. 10:03" for a moment such as a tabling. */
export function formatMoment(timestamp: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(timestamp);
}

/** "Moderaterna (M)", "Moderaterna (M) och Liberalerna (L)", "A, B och C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}
