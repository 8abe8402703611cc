import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Test support: poppler's `pdfinfo` fields (Title, Pages, Page size…) and `pdffonts` font names of a PDF. */
export async function pdfInfo(pdf: Buffer): Promise<{ fields: Record<string, string>; fonts: string[] }> {
  const directory = await mkdtemp(join(tmpdir(), 'yttra-pdf-'));
  try {
    const file = join(directory, 'export.pdf');
    await writeFile(file, pdf);
    const info = await run('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    const fonts = await run('pdffonts', [file], { encoding: 'utf8' });
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
    return { fields, fonts: names };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
