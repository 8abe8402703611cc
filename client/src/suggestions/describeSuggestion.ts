import type { SuggestionSummary } from '@yttra/editor';

const quoted = (text: string) => `”${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;

/** What a suggestion does, in Swedish, as the sidebar and its buttons' labels say it. */
export function describeSuggestion(suggestion: Pick<SuggestionSummary, 'inserted' | 'deleted'>): string {
  const { inserted, deleted } = suggestion;
  if (inserted && deleted) return `Ersätt ${quoted(deleted)} med ${quoted(inserted)}`;
  if (inserted) return `Lägg till ${quoted(inserted)}`;
  if (deleted) return `Ta bort ${quoted(deleted)}`;
  return 'Ändra formatering';
}
