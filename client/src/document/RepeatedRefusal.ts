import { CloseCode } from '@yttra/protocol';

/**
 * A 4400 says the server refused a frame this browser sent. Once is a damaged frame worth a retry; the same
 * refusal on every new connection means the browser holds a change the server will never take (its handshake
 * resends everything the server lacks), and retrying would loop for good while later edits are never saved.
 */
export const MALFORMED_CLOSES_BEFORE_GIVING_UP = 3;

/** Decides when reconnecting after 4400 closes has become pointless (see MALFORMED_CLOSES_BEFORE_GIVING_UP). */
export class RepeatedRefusal {
  /** 4400 closes since the server last confirmed this browser's edits stored. */
  private malformedCloses = 0;

  /** Notes a close from the server; true once the session should stop reconnecting. */
  closed(code: number): boolean {
    if (code !== CloseCode.malformedMessage) return false;
    this.malformedCloses += 1;
    return this.malformedCloses >= MALFORMED_CLOSES_BEFORE_GIVING_UP;
  }

  /** The server stored what this browser sent: an earlier 4400 was about one frame, not about the document. */
  allConfirmed(): void {
    this.malformedCloses = 0;
  }
}
