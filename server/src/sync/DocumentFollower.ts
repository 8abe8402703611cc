import * as Y from 'yjs';
import type { DocumentRelay, DocumentRelayListener, RelayedUpdate } from '../cluster/DocumentRelay';
import type { Logger } from '../log';
import type { ServerMetrics } from '../metrics/ServerMetrics';
import type { AppendedUpdate, DocumentStore } from '../storage/DocumentStore';
import { LogFollower } from './LogFollower';

/** Transaction origin of content another instance made durable: relayed to this instance's clients, never stored. */
export const FROM_RELAY = Symbol('from-relay');

/** How long a break in the log chain may stay open before the log is read: relay messages can be a moment late. */
const GAP_GRACE_MS = 150;

/** What the follower needs of the document it follows. */
export interface FollowedDocument {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly isBroken: boolean;
  applyRemoteAwareness(presenceScope: string, update: Uint8Array): void;
  publishOwnAwareness(): void;
}

/**
 * Keeps one loaded document in step with what other instances write to the same log. Relay messages are the fast
 * path: one that continues the chain of applied entries is applied at once. The log in storage is the truth: a
 * break in the chain, a relay reconnect, a server change and a periodic check read the entries past the last one
 * applied (`loadUpdatesAfter`), so neither order nor completeness depends on the relay delivering everything.
 */
export class DocumentFollower implements DocumentRelayListener {
  private readonly chain: LogFollower;
  private leave: (() => void) | undefined;
  private reading: Promise<void> | undefined;
  private readAgain = false;
  private gapTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** A relay message came without its place in the log: only a read can tell what is still missing. */
  private unsequenced = false;

  constructor(
    private readonly document: FollowedDocument,
    private readonly store: DocumentStore,
    private readonly relay: DocumentRelay,
    private readonly log: Logger,
    private readonly metrics: ServerMetrics | undefined,
    appliedThrough: number,
  ) {
    this.chain = new LogFollower(appliedThrough);
  }

  get appliedThrough(): number {
    return this.chain.appliedThrough;
  }

  /** Joins the relay, then reads what was appended between the load and the subscription. */
  async start(): Promise<void> {
    if (!this.relay.shared) return;
    this.leave = await this.relay.join(this.document.id, this);
    this.relay.queryAwareness(this.document.id);
    await this.catchUp('load');
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.gapTimer);
    this.leave?.();
  }

  /** An update of this instance is durable: other instances hear of it, with its place in the log. */
  appended(update: Uint8Array, appended: AppendedUpdate | undefined): void {
    if (appended) this.noteEntry(appended.seq, appended.previousSeq);
    if (!this.relay.shared) return;
    this.relay.publishUpdate(this.document.id, {
      seq: appended?.seq ?? 0,
      previousSeq: appended?.previousSeq ?? 0,
      update,
      sentAt: Date.now(),
    });
  }

  update(message: RelayedUpdate): void {
    if (this.stopped || this.document.isBroken) return;
    if (message.seq !== 0 && this.chain.has(message.seq)) return;
    Y.applyUpdate(this.document.doc, message.update, FROM_RELAY);
    if (message.seq === 0) {
      this.unsequenced = true;
      this.scheduleRead();
    } else this.noteEntry(message.seq, message.previousSeq);
  }

  awareness(presenceScope: string, update: Uint8Array): void {
    if (!this.stopped) this.document.applyRemoteAwareness(presenceScope, update);
  }

  awarenessQuery(): void {
    if (!this.stopped) this.document.publishOwnAwareness();
  }

  resync(): void {
    if (this.stopped) return;
    this.document.publishOwnAwareness();
    this.relay.queryAwareness(this.document.id);
    this.catchUpQuietly('reconnect');
  }

  /** The periodic check: cheap, one indexed read that usually finds nothing. */
  check(): void {
    this.catchUpQuietly('periodic');
  }

  /**
   * Reads and applies every entry past the last applied one. Reads do not overlap: one asked for while another
   * runs makes that one read again when it ends, so a read always starts after the request.
   */
  catchUp(reason: string): Promise<void> {
    if (!this.relay.shared || this.stopped) return Promise.resolve();
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.readAgain = false;
          await this.read(reason);
        } while (this.readAgain && !this.stopped);
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  private async read(reason: string): Promise<void> {
    const after = this.chain.appliedThrough;
    const entries = await this.store.loadUpdatesAfter(this.document.id, after);
    this.metrics?.catchUps.inc({ reason });
    const last = entries.at(-1);
    if (!last || this.stopped || this.document.isBroken) return;
    const missed = entries.filter((entry) => !this.chain.has(entry.seq));
    Y.transact(
      this.document.doc,
      () => {
        for (const entry of missed) Y.applyUpdate(this.document.doc, entry.update, FROM_RELAY);
      },
      FROM_RELAY,
    );
    this.chain.caughtUpTo(last.seq);
    this.metrics?.catchUpEntries.inc(missed.length);
    if (reason !== 'periodic' || missed.length > 0) {
      this.log.debug(
        { documentId: this.document.id, reason, after, entries: entries.length },
        'caught up from the log',
      );
    }
  }

  private noteEntry(seq: number, previousSeq: number): void {
    if (this.chain.record(seq, previousSeq) && this.relay.shared) this.scheduleRead();
  }

  private scheduleRead(): void {
    if (this.gapTimer || this.stopped) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = undefined;
      if (!this.chain.hasGap && !this.unsequenced) return;
      this.unsequenced = false;
      this.catchUpQuietly('gap');
    }, GAP_GRACE_MS);
    this.gapTimer.unref();
  }

  /** A read that fails (storage unreachable) is retried by the next trigger, at the latest the periodic check. */
  private catchUpQuietly(reason: string): void {
    this.catchUp(reason).catch((error: unknown) =>
      this.log.warn({ documentId: this.document.id, reason, err: error }, 'catch-up from the log failed'),
    );
  }
}
