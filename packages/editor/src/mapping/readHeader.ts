import type { JSONContent } from '@tiptap/core';
import type { ParagraphHeader } from '@yttra/domain';
import { countAttribute } from './countAttribute';
import { textAttribute } from './textAttribute';

export interface HeaderFields {
  header: ParagraphHeader;
  /** The body the remissvar goes to; '' when missing. */
  replyTo: string;
  templateId: string;
}

/** Swedish names of the header's text fields, for the problem list shown to the secretary. */
const REQUIRED_TEXT_FIELDS = [
  ['board', 'Nämndens namn saknas.'],
  ['protocolNumber', 'Protokollnumret saknas.'],
  ['meetingDate', 'Sammanträdesdatumet saknas.'],
  ['title', 'Ärendemeningen saknas.'],
  ['matterKind', 'Ärendetypen saknas.'],
  ['caseNumber', 'Diarienumret saknas.'],
] as const;

/**
 * The header fields of a protocolHeader node. Missing fields become '' (or 0 for the paragraph number) and are
 * reported, so that an unfinished document still renders; whether the values are well formed (a real date, a
 * case number written the standard way) is the domain's validation, not this mapping's.
 */
export function readHeader(node: JSONContent | undefined, problems: string[]): HeaderFields {
  if (!node) {
    problems.push('Dokumentet saknar huvud (nämnd, protokoll, datum, paragraf och ärende).');
  }
  const source: JSONContent = node ?? { type: 'protocolHeader' };
  const text = (name: string) => textAttribute(source, name);

  if (node) {
    for (const [field, message] of REQUIRED_TEXT_FIELDS) if (text(field) === '') problems.push(message);
  }
  const paragraphNumber = countAttribute(source, 'paragraphNumber');
  if (node && paragraphNumber === null) problems.push('Paragrafnumret saknas.');
  const replyTo = text('replyTo');
  if (node && replyTo === '') problems.push('Mottagaren av remissvaret saknas.');

  return {
    header: {
      board: text('board'),
      protocolNumber: text('protocolNumber'),
      meetingDate: text('meetingDate'),
      paragraphNumber: paragraphNumber ?? 0,
      title: text('title'),
      matterKind: text('matterKind'),
      caseNumber: text('caseNumber'),
    },
    replyTo,
    templateId: text('templateId'),
  };
}
