import { z } from 'zod';
import { paragraphDocumentSchema } from '../model/paragraphDocumentSchema';
import { protocolTemplateSchema } from '../template/protocolTemplateSchema';

const BASE = 'https://yttra.se/schemas';

/**
 * The JSON Schemas of the two versioned formats, generated from the zod schemas the server validates with (so they
 * cannot drift): published in docs/schemas/ by `pnpm schemas:generate`. They describe the input (defaults may be
 * left out); cross-field rules (references, counts, placeholders) are checked by the product, not by the schema.
 */
export function buildJsonSchemas(): Record<string, object> {
  const generate = (schema: z.ZodType, id: string, title: string, description: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: `${BASE}/${id}`,
    title,
    description,
  });
  return {
    'protocol-paragraph.schema.json': generate(
      paragraphDocumentSchema,
      'protocol-paragraph.schema.json',
      'Yttra protocol paragraph, format yttra.paragraph version 2',
      'A whole protocol paragraph (§) as the domain model: header, chair, and blocks in the order the secretary put them. See docs/paragraph-format.md.',
    ),
    'protocol-template.schema.json': generate(
      protocolTemplateSchema,
      'protocol-template.schema.json',
      'Yttra protocol template, version 1 or 2',
      "An organisation's protocol conventions: sections and headings, header layout, phrases and sentences in the phrase language, organisation data. See docs/template-language.md.",
    ),
  };
}
