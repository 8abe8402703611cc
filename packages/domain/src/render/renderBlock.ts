/**
 * The renderer's output: the protocol paragraph as a flat sequence of layout-neutral blocks. All wording is final
 * (phrased by the template, quotation marks included); exporters (plain text, HTML, DOCX, PDF) only decide layout.
 */
export type RenderBlock =
  /** Board, protocol and date: a running header on every page in paged formats, a masthead elsewhere. */
  | {
      kind: 'pageHeader';
      board: string;
      protocol: string;
      meetingDate: string;
      /** A template's own running header and footer lines (version 2); without them, board and protocol, then date. */
      lines?: string[];
      footerLines?: string[];
    }
  | { kind: 'paragraphNumber'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'matterKind'; text: string }
  | { kind: 'caseNumber'; text: string }
  /** `sectionId` is the template section's id, for styles and anchors. */
  | { kind: 'heading'; sectionId: string; text: string }
  | { kind: 'text'; text: string }
  /** A numbered addition (tillägg); exporters may use real list numbering, hence the separate number. */
  | { kind: 'numberedItem'; number: number; text: string }
  /** Quoted paragraphs; the quotation marks are already in the first and last paragraph. */
  | { kind: 'quote'; paragraphs: string[] }
  /** One row of "Handlingar i ärendet"; the status is printed in parentheses. */
  | { kind: 'attachment'; documentNumber: string; status?: string; title: string };

export type RenderBlockKind = RenderBlock['kind'];
