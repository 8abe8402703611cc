/** What every exporter needs beyond the blocks: the document's title (metadata, `<title>`) and its language. */
export interface ExportOptions {
  /** The document title for metadata; usually the paragraph number and the matter's title. */
  title: string;
  /** Only Swedish for now: the phrasing templates, and so the exported text, are Swedish. */
  lang?: 'sv';
}

/** BCP 47 tags per format: HTML names the language, DOCX and PDF name language and region as Office does. */
export const languageTags = { sv: { html: 'sv', document: 'sv-SE' } } as const;
