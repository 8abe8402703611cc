import { CloseCode } from '@yttra/protocol';

/**
 * Close codes after which reconnecting cannot help. Other 44xx codes (a malformed frame, a missed ping)
 * describe one connection, not the document, so those connections are retried.
 */
const REFUSAL_MESSAGES: ReadonlyMap<number, string> = new Map([
  [CloseCode.unknownDocument, 'Dokumentet finns inte. Kontrollera adressen eller gå tillbaka till alla dokument.'],
  [CloseCode.forbidden, 'Du har inte behörighet att öppna det här dokumentet.'],
  [CloseCode.unauthorized, 'Du har inte behörighet – du är inte inloggad. Ladda om sidan och försök igen.'],
]);

export function isRefusalCode(code: number): boolean {
  return REFUSAL_MESSAGES.has(code);
}

export function refusalMessage(code: number): string {
  return REFUSAL_MESSAGES.get(code) ?? 'Servern nekade anslutningen till dokumentet.';
}
