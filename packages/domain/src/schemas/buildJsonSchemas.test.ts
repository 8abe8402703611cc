import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from './buildJsonSchemas';

describe('the published JSON Schemas', () => {
  const schemas = buildJsonSchemas();

  it.each(Object.keys(schemas))('docs/schemas/%s is up to date (run pnpm schemas:generate)', (file) => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../docs/schemas', file), 'utf8'));
    expect(published).toEqual(schemas[file]);
  });

  it('describe the versioned paragraph format with its block types', () => {
    const paragraph = JSON.stringify(schemas['protocol-paragraph.schema.json']);
    for (const type of ['motion', 'propositions', 'voteRound', 'protocolNote', 'earlierHandling', 'writtenProposal']) {
      expect(paragraph).toContain(`"const":"${type}"`);
    }
    expect(paragraph).toContain('"const":"yttra.paragraph"');
  });
});
