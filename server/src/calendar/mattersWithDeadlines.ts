import type { JusteringStore } from '../justering/JusteringStore';
import { deadlinesOfMatter } from '../matters/deadlinesOfMatter';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import type { MatterWithDeadlines } from './renderDeadlineCalendar';

/** Every matter of the given boards with its deadlines, linked to where it opens at `origin`. */
export async function mattersWithDeadlines(
  {
    store,
    organisations,
    justering,
  }: { store: DocumentStore; organisations: OrganisationStore; justering: JusteringStore },
  organisationIds: readonly string[],
  origin: string,
): Promise<MatterWithDeadlines[]> {
  const matters = await organisations.listMatters(organisationIds);
  return Promise.all(
    matters.map(async (matter) => {
      const protocol = (await store.listMatterDocuments(matter.id)).find((record) => record.role === 'protocol');
      return {
        matter,
        deadlines: await deadlinesOfMatter(justering, matter, protocol),
        url: `${origin}/arenden/${matter.id}`,
      };
    }),
  );
}
