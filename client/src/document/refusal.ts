import { CloseCode } from '@yttra/protocol';

/**
 * Close codes after which reconnecting cannot help. Other 44xx codes (a malformed frame, a missed ping)
 * describe one connection, not the document, so those connections are retried; a 4400 on every new connection
 * becomes final in DocumentSession, and is then explained here too.
 */
const REFUSAL_MESSAGES: ReadonlyMap<number, string> = new Map([
  // The server answers a document the user may not read exactly as one that does not exist.
  [
    CloseCode.unknownDocument,
    'Dokumentet finns inte, eller så har du inte behörighet att öppna det. Kontrollera adressen eller gå tillbaka till alla dokument.',
  ],
  // Sent only when access ends while the document is open.
  [CloseCode.forbidden, 'Du har inte behörighet till det här dokumentet längre.'],
  [CloseCode.unauthorized, 'Du har inte behörighet – du är inte inloggad. Ladda om sidan och försök igen.'],
]);

/** What to do about edits the server will never take: said wherever such edits are reported. */
export const COPY_THEN_REFETCH = 'Kopiera text du vill behålla och hämta sedan dokumentet från servern igen.';

/** Only after DocumentSession gave up: the browser holds a change the server refuses every time it is sent. */
const UNSAVABLE_LOCAL_CHANGES = `Servern tar inte emot en ändring som den här webbläsaren har sparat i dokumentet, så dina senaste ändringar är inte sparade på servern. ${COPY_THEN_REFETCH}`;

export function isRefusalCode(code: number): boolean {
  return REFUSAL_MESSAGES.has(code);
}

export function refusalMessage(code: number): string {
  if (code === CloseCode.malformedMessage) return UNSAVABLE_LOCAL_CHANGES;
  return REFUSAL_MESSAGES.get(code) ?? 'Servern nekade anslutningen till dokumentet.';
}
