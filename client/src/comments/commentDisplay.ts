import { isApiError } from '../api/http';

/** Swedish date and time, as every comment and resolution in the sidebar shows it. */
export const commentTimeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });

/** The server's own explanation when it gave one; otherwise a general one, since the cause is unknown. */
export function saveErrorMessage(error: unknown): string {
  return isApiError(error) ? error.message : 'Det gick inte att spara. Försök igen.';
}
