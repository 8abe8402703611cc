import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Test support: a PDF's text as poppler's `pdftotext` reads it, UTF-8, pages separated by form feeds. `reading`
 * is its default mode (text laid out by position, spaces inferred from glyph gaps, as Evince copies text); `raw`
 * keeps the content stream's order and its own space characters. `-layout`, which pads columns, is not used.
 */
export async function extractPdfText(pdf: Buffer, mode: 'reading' | 'raw' = 'reading'): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'yttra-pdf-'));
  try {
    const file = join(directory, 'export.pdf');
    await writeFile(file, pdf);
    const modeFlags = mode === 'raw' ? ['-raw'] : [];
    const { stdout } = await run('pdftotext', [...modeFlags, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return stdout;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
