import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJsonSchemas } from '../packages/domain/src/schemas/buildJsonSchemas';

/** Writes the JSON Schemas of the paragraph and template formats into docs/schemas/ (`pnpm schemas:generate`). */
const directory = join(import.meta.dirname, '../docs/schemas');
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(directory, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/schemas/${file}`);
}
