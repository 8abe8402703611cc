/** Must match the server's rule (1–200 characters after trimming) so the user hears about it before a round trip. */
export const MAX_TITLE_LENGTH = 200;

export type TitleValidation = { ok: true; title: string } | { ok: false; message: string };

export function validateTitle(raw: string): TitleValidation {
  const title = raw.trim();
  if (title === '') return { ok: false, message: 'Skriv en titel för dokumentet.' };
  if (title.length > MAX_TITLE_LENGTH) {
    return { ok: false, message: `Titeln får vara högst ${MAX_TITLE_LENGTH} tecken.` };
  }
  return { ok: true, title };
}
