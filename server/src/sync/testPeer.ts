import * as decoding from 'lib0/decoding';
import type { SyncPeer, TextRights } from './SyncPeer';

/** A peer that records what the server sends it; for unit tests of the sync layer. */
export class RecordingPeer implements SyncPeer {
  readonly sent: Uint8Array[] = [];
  closedWith: { code: number; reason: string } | undefined;
  suggestOnly = false;

  constructor(
    readonly connectionId: string,
    public canWrite = true,
    readonly presenceScope = 'staff',
    readonly userId: string | undefined = undefined,
  ) {}

  allow({ canWrite, suggestOnly }: TextRights): void {
    this.canWrite = canWrite;
    this.suggestOnly = suggestOnly;
  }

  send(message: Uint8Array): void {
    this.sent.push(message);
  }

  close(code: number, reason: string): void {
    this.closedWith = { code, reason };
  }

  /** y-protocols sync sub-types of the sync messages received, in order (0 step 1, 1 step 2, 2 update). */
  syncSteps(): number[] {
    return this.sent
      .map((message) => decoding.createDecoder(message))
      .filter((decoder) => decoding.readVarUint(decoder) === 0)
      .map((decoder) => decoding.readVarUint(decoder));
  }
}
