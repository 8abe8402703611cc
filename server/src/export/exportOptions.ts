import type { WordAnnotation } from './wordAnnotation';

/** What every exporter needs beyond the blocks: the document's title (metadata, `<title>`) and its language. */
export interface ExportOptions {
  /** The document title for metadata; usually the paragraph number and the matter's title. */
  title: string;
  /** Only Swedish for now: the phrasing templates, and so the exported text, are Swedish. */
  lang?: 'sv';
  /** DOCX only: the comments and suggestions whose tokens the blocks' text carries (see wordAnnotation). */
  annotations?: readonly WordAnnotation[];
}

/** BCP 47 tags per format: HTML names the language, DOCX and PDF name language and region as Office does. */
export const languageTags = { sv: { html: 'sv', document: 'sv-SE' } } as const;
