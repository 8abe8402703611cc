import { readFileSync } from 'node:fs';
import { checkTemplate, formatTemplateProblems } from '../packages/domain/src/index';

/**
 * `pnpm template:check path.json [more.json …]`: prints every problem of each template with its path, in Swedish
 * and English, and exits with 1 when any file has one (2 when a file cannot be read or is not JSON).
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Användning / usage: pnpm template:check mall.json [fler.json …]');
  process.exit(2);
}
let exitCode = 0;
for (const file of files) {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`${file}: kan inte läsas som JSON | cannot be read as JSON: ${reason}`);
    exitCode = 2;
    continue;
  }
  const { problems } = checkTemplate(input);
  if (problems.length === 0) {
    console.log(`${file}: mallen är giltig | the template is valid`);
    continue;
  }
  console.error(`${file}: ${problems.length} fel | ${problems.length} problems`);
  console.error(formatTemplateProblems(problems));
  exitCode = Math.max(exitCode, 1);
}
process.exit(exitCode);
