export const EXPORT_FORMATS = ['txt', 'html', 'docx', 'pdf'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const LABELS: Record<ExportFormat, string> = {
  txt: 'Text (.txt)',
  html: 'Webbsida (.html)',
  docx: 'Word (.docx)',
  pdf: 'PDF (.pdf)',
};

export interface ExportLink {
  format: ExportFormat;
  label: string;
  href: string;
}

/** The server renders each export from the stored document; the file name comes with its Content-Disposition. */
export function exportLinks(documentId: string): ExportLink[] {
  const base = `/api/documents/${encodeURIComponent(documentId)}/export`;
  return EXPORT_FORMATS.map((format) => ({ format, label: LABELS[format], href: `${base}/${format}` }));
}
