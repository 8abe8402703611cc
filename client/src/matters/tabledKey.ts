import type { Assembly, TabledEntry } from '../api/matter';

/** One tabled version of one draft. */
export function tabledKey(documentId: string, version: number): string {
  return `${documentId}@${version}`;
}

/** Whether this tabled version has been inserted into the paragraph. */
export function isAssembled(
  entry: Pick<TabledEntry, 'documentId' | 'version'>,
  assembled: readonly Assembly[],
): boolean {
  return assembled.some((item) => item.draftDocumentId === entry.documentId && item.draftVersion === entry.version);
}

/** The tabled versions now in the paragraph, in the order they were inserted. */
export function assembledEntries(tabled: readonly TabledEntry[], assembled: readonly Assembly[]): TabledEntry[] {
  return [...assembled]
    .sort((a, b) => a.assembledAt - b.assembledAt)
    .map((item) =>
      tabled.find((entry) => entry.documentId === item.draftDocumentId && entry.version === item.draftVersion),
    )
    .filter((entry): entry is TabledEntry => entry !== undefined);
}
