import type { DocumentRelay } from './DocumentRelay';

/** One process serves every client of its documents: nothing to relay, as before scaling out existed. */
export class LocalDocumentRelay implements DocumentRelay {
  readonly shared = false;

  async join(): Promise<() => void> {
    return () => undefined;
  }

  publishUpdate(): void {}

  publishAwareness(): void {}

  queryAwareness(): void {}
}
