/** Who is suggesting: stored on every suggestion mark they make. */
export interface SuggestionAuthor {
  id: string;
  name: string;
}
