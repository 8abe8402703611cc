import mammoth from 'mammoth';
import { inspectDocxArchive } from './inspectDocxArchive';
import { readStaffReportHtml, type StaffReportContent } from './readStaffReportHtml';

export interface ConvertedStaffReport extends StaffReportContent {
  trackedChanges: number;
  comments: number;
  images: number;
}

// Swedish Word names its styles in Swedish; English names are mammoth's defaults already.
const STYLE_MAP = [
  "p[style-name='Rubrik'] => h1:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Rubrik 1'] => h1:fresh",
  "p[style-name='Rubrik 2'] => h2:fresh",
  "p[style-name='Rubrik 3'] => h3:fresh",
  "p[style-name='Liststycke'] => ul > li:fresh",
  'comment-reference => !',
];

const LIMITS = { maxEntries: 2_000, maxUncompressedBytes: 80 * 1024 * 1024, maxCompressionRatio: 200 };

/** A .docx staff report to its summary, proposal and recipient, with what the conversion leaves out. */
export async function convertStaffReport(buffer: Buffer): Promise<ConvertedStaffReport> {
  const findings = await inspectDocxArchive(buffer, LIMITS);
  let images = 0;
  // Only text is imported: images are counted, never decoded into the HTML.
  const convertImage = mammoth.images.imgElement(async () => {
    images += 1;
    return { src: '' };
  });
  const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage });
  return { ...readStaffReportHtml(html), ...findings, images };
}
