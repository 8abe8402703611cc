import { CloseCode } from '@yttra/protocol';

/**
 * Close codes after which reconnecting cannot help. Other 44xx codes (a malformed frame, a missed ping)
 * describe one connection, not the document, so those connections are retried.
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

export function isRefusalCode(code: number): boolean {
  return REFUSAL_MESSAGES.has(code);
}

export function refusalMessage(code: number): string {
  return REFUSAL_MESSAGES.get(code) ?? 'Servern nekade anslutningen till dokumentet.';
}
