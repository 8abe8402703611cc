import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'yttra-template-check-'));

/** `pnpm template:check` as a user runs it: the script through tsx, its output and its exit code. */
async function check(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'scripts/templateCheck.ts', ...files], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('pnpm template:check', () => {
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('accepts the shipped Göteborg template and a version-1 one', async () => {
    const result = await check(
      'templates/goteborg-kommunstyrelsen.json',
      'test/fixtures/templates/exempelkommunen-ks.json',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'templates/goteborg-kommunstyrelsen.json: mallen är giltig | the template is valid',
    );
  });

  it('prints every problem with its path in Swedish and English, and exits 1', async () => {
    const template = JSON.parse(readFileSync(join(ROOT, 'templates/goteborg-kommunstyrelsen.json'), 'utf8'));
    template.sentences.voteYes = '{voters} röstar Ja ({count)';
    template.layout = 'sideways';
    const file = join(directory, 'trasig.json');
    writeFileSync(file, JSON.stringify(template));
    const result = await check(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: 2 fel | 2 problems`);
    expect(result.stderr).toMatch(/^layout: .+ \| Invalid option: expected one of "bySection"\|"documentOrder"$/m);
    expect(result.stderr).toContain(
      'sentences.voteYes: klammerparentesen i " röstar Ja ({count)" hör inte till någon platshållare | the brace in " röstar Ja ({count)" belongs to no placeholder',
    );
  });

  it('exits 2 for a file that is not JSON', async () => {
    const file = join(directory, 'inte-json.json');
    writeFileSync(file, '{ "name": ');
    const result = await check(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kan inte läsas som JSON | cannot be read as JSON');
  });
});
