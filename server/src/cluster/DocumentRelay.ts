/** An update another instance made durable, with where it landed in the document's log. */
export interface RelayedUpdate {
  /** 0 when the writing store did not say (see AppendedUpdate): the receiver then checks the log. */
  seq: number;
  previousSeq: number;
  update: Uint8Array;
  /** Wall-clock time of publishing, for the relay latency metric. */
  sentAt: number;
}

/** What an instance that has a document loaded hears about it from the others. */
export interface DocumentRelayListener {
  update(message: RelayedUpdate): void;
  /** Presence of clients connected elsewhere, with the scope of the connection that owns them. */
  awareness(presenceScope: string, update: Uint8Array): void;
  /** Another instance just loaded the document (or reconnected) and asks for everyone's presence. */
  awarenessQuery(): void;
  /** Messages may have been missed (the relay reconnected): catch up from storage. */
  resync(): void;
}

/**
 * Carries live document traffic between the instances that serve the same document. Storage is the truth and
 * this only the fast path: a message may be lost, and receivers must cope (see SharedDocument's catch-up).
 */
export interface DocumentRelay {
  /** False for the in-process relay: one instance alone never needs to read back what others wrote. */
  readonly shared: boolean;
  /** Subscribes; resolves once messages are flowing (or after a short wait when the relay is down). */
  join(documentId: string, listener: DocumentRelayListener): Promise<() => void>;
  publishUpdate(documentId: string, message: RelayedUpdate): void;
  publishAwareness(documentId: string, presenceScope: string, update: Uint8Array): void;
  queryAwareness(documentId: string): void;
}
