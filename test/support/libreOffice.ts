import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = '/usr/bin/soffice';

/** Whether LibreOffice is installed here; CI installs it (libreoffice-writer-nogui), so there it always is. */
export const hasLibreOffice = (): boolean => existsSync(SOFFICE);

/**
 * Converts a document with LibreOffice headless, as a reviewer's office suite would open it, and returns the
 * converted file. Each call has its own profile directory (-env:UserInstallation), so parallel runs never share
 * LibreOffice's lock and settings.
 */
export async function convertWithLibreOffice(input: Buffer, from: string, to: 'odt' | 'pdf'): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'yttra-soffice-'));
  try {
    const source = join(dir, `document.${from}`);
    writeFileSync(source, input);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        SOFFICE,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', dir, source],
        { timeout: 120_000 },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`soffice failed: ${error.message} ${stderr}`)) : resolve(),
      );
    });
    const output = join(dir, `document.${to}`);
    if (!existsSync(output)) throw new Error('soffice wrote no output: it could not open the document');
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
