import { type RenderBlock, renderParagraph, stockholmDistrictBoardTemplate } from '@yttra/domain';
import { readSeedText, seedParagraph } from '@yttra/domain/fixtures';

/** Test support: the seed paragraph rendered by the Stockholm template, and the seed text it must reproduce. */
export function seedFixture(): { blocks: RenderBlock[]; seedText: string } {
  return {
    blocks: renderParagraph(seedParagraph, stockholmDistrictBoardTemplate),
    seedText: readSeedText(),
  };
}
