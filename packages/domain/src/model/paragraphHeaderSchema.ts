import { z } from 'zod';
import { isIsoDate } from './isIsoDate';
import { CASE_NUMBER_PATTERN } from './parseCaseNumber';

const requiredText = (message: string) => z.string().trim().min(1, message);

/**
 * The header as the Stockholm district boards write it (version 1): protocol numbers per year, case numbers
 * "HL 2019/310". Other organisations' numbers are checked against their template (paragraphHeaderFieldsSchema).
 */
export const paragraphHeaderSchema = z.object({
  /** e.g. 'Hägersten-Liljeholmens stadsdelsnämnd'; also the subject of the decision sentence. */
  board: requiredText('Nämndens namn saknas.'),
  /** e.g. '8/2019': the meeting's protocol, numbered per year. */
  protocolNumber: z.string().regex(/^[1-9]\d*\/\d{4}$/, 'Protokollnumret ska skrivas som löpnummer/år, t.ex. 8/2019.'),
  meetingDate: z.string().refine(isIsoDate, 'Sammanträdesdatumet ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD.'),
  paragraphNumber: z.number().int('Paragrafnumret ska vara ett heltal.').positive('Paragrafnumret ska vara positivt.'),
  /** The ärendemening. */
  title: requiredText('Ärendemeningen saknas.'),
  /** e.g. 'Yttrande till kommunstyrelsen'. */
  matterKind: requiredText('Ärendetypen saknas.').optional(),
  caseNumber: z
    .string()
    .regex(CASE_NUMBER_PATTERN, 'Diarienumret ska skrivas som registerprefix, år och löpnummer, t.ex. HL 2019/310.'),
});

export type ParagraphHeader = z.infer<typeof paragraphHeaderSchema>;

/**
 * The header of the versioned paragraph format: numbers only need to be present here, because how they are written
 * is organisation data (the template's caseNumberPattern and protocolNumberPattern), checked against the template.
 */
export const paragraphHeaderFieldsSchema = paragraphHeaderSchema.extend({
  protocolNumber: requiredText('Protokollnumret saknas.'),
  caseNumber: requiredText('Diarienumret saknas.'),
});
