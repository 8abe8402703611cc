import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfInfo {
  /** `pdfinfo` fields: Title, Pages, Page size, Tagged… */
  fields: Record<string, string>;
  /** `pdffonts` font names. */
  fonts: string[];
  /** `pdfinfo -struct-text`: the tagged structure tree with the text of each element, indented by depth. */
  structure: string;
  /** `pdfinfo -meta`: the XMP metadata stream. */
  metadata: string;
}

/** Test support: what poppler reads from a PDF: its info fields, fonts, structure tree and XMP metadata. */
export async function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  const directory = await mkdtemp(join(tmpdir(), 'yttra-pdf-'));
  try {
    const file = join(directory, 'export.pdf');
    await writeFile(file, pdf);
    const info = await run('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    const fonts = await run('pdffonts', [file], { encoding: 'utf8' });
    const structure = await run('pdfinfo', ['-enc', 'UTF-8', '-struct-text', file], { encoding: 'utf8' });
    const metadata = await run('pdfinfo', ['-enc', 'UTF-8', '-meta', file], { encoding: 'utf8' });
    const fields = Object.fromEntries(
      info.stdout
        .split('\n')
        .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => [match[1]!, match[2]!]),
    );
    // pdffonts prints two header lines, then one font a line, its name first.
    const names = fonts.stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(/\s+/)[0]!);
    return { fields, fonts: names, structure: structure.stdout, metadata: metadata.stdout };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
