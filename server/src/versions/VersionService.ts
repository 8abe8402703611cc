import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Logger } from '../log';
import type { DocumentListener, DocumentRegistry } from '../sync/DocumentRegistry';
import { containsState } from './containsState';
import { rebuildState } from './rebuildState';
import { restoreContent } from './restoreContent';
import type { StoredVersion, VersionReason, VersionStore } from './VersionStore';

/** Every tenth version is stored whole; those between store only what changed since the one before. */
const KEYFRAME_EVERY = 10;

export interface VersionRequest {
  reason: VersionReason;
  name: string | null;
  createdBy: string | null;
}

/**
 * Saves versions: after a quiet spell of editing (and, after a restart, when a document with unsaved edits loads),
 * at the matter's milestones, on request, and as the forward change of a restore. Versions of one document are
 * made one at a time, so each one's authors are exactly those who wrote since the one before.
 */
export class VersionService implements DocumentListener {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private stopped = false;

  constructor(
    readonly store: VersionStore,
    private readonly registry: DocumentRegistry,
    private readonly log: Logger,
    private readonly quietMs: number,
  ) {
    registry.listen(this);
  }

  onAuthoredChange(documentId: string): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(documentId));
    const timer = setTimeout(() => {
      this.timers.delete(documentId);
      this.autoVersion(documentId).catch((error: unknown) =>
        this.log.error({ documentId, err: error }, 'automatic version failed'),
      );
    }, this.quietMs);
    // A pending version never keeps the process alive: a restart makes it when the document next loads.
    timer.unref();
    this.timers.set(documentId, timer);
  }

  onLoaded(documentId: string): void {
    if (this.stopped) return;
    this.autoVersion(documentId).catch((error: unknown) =>
      this.log.error({ documentId, err: error }, 'automatic version at load failed'),
    );
  }

  /** Saves a version now; `state` when the caller already holds the durable state it is about (tabling). */
  capture(documentId: string, request: VersionRequest, state?: Uint8Array): Promise<StoredVersion> {
    return this.oneAtATime(documentId, () => this.captureNow(documentId, request, state));
  }

  /** Saves an automatic version if anyone changed the document since its latest version. */
  autoVersion(documentId: string): Promise<StoredVersion | undefined> {
    return this.oneAtATime(documentId, () => this.autoVersionNow(documentId));
  }

  /**
   * Brings a version's content back as a new forward change (stored, relayed live, in `userId`'s name) and saves
   * the result as a version of its own. Unsaved edits are saved as a version first, so nothing is ever lost.
   */
  restore(documentId: string, target: StoredVersion, label: string, userId: string): Promise<StoredVersion> {
    // target.state is whole: it was read through getVersion.
    return this.oneAtATime(documentId, async () => {
      await this.autoVersionNow(documentId);
      await restoreContent(this.registry, documentId, target.state, userId);
      return this.captureNow(documentId, { reason: 'restored', name: `Återställd: ${label}`, createdBy: userId });
    });
  }

  /** Stops the timers and waits for versions being saved. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.queues.values()].map((queue) => queue.catch(() => undefined)));
  }

  private async autoVersionNow(documentId: string): Promise<StoredVersion | undefined> {
    const previous = await this.store.latestVersion(documentId);
    const authors = await this.store.authorsSince(documentId, previous?.upToSeq ?? 0);
    if (authors.length === 0) return undefined;
    return this.captureNow(documentId, { reason: 'auto', name: null, createdBy: null });
  }

  /** A version with its whole state, rebuilt from its keyframe and the deltas after it. */
  async getVersion(documentId: string, versionId: string): Promise<StoredVersion | undefined> {
    const found = await this.store.versionChain(documentId, versionId);
    if (!found) return undefined;
    return { ...found.version, state: rebuildState(found.chain) };
  }

  private async captureNow(documentId: string, request: VersionRequest, given?: Uint8Array): Promise<StoredVersion> {
    const state =
      given ?? (await this.registry.withDurableDocument(documentId, (document) => Y.encodeStateAsUpdate(document.doc)));
    // Read right after the durable state: with SQLite nothing is appended in between, so the seq is the state's.
    const upToSeq = await this.store.lastSeq(documentId);
    const previous = await this.store.latestVersion(documentId);
    const authors = await this.store.authorsSince(documentId, previous?.upToSeq ?? 0);
    const stateVector = Y.encodeStateVectorFromUpdate(state);
    const position = (previous?.position ?? 0) + 1;
    // A delta is only sound against a version this state contains; a state captured outside the queue (tabling)
    // might not, so it is kept whole, as is every tenth version, to bound what a read has to put together.
    const keyframe =
      previous === undefined ||
      given !== undefined ||
      position % KEYFRAME_EVERY === 1 ||
      !containsState(stateVector, previous.stateVector);
    const version: StoredVersion = {
      id: randomUUID(),
      documentId,
      name: request.name,
      reason: request.reason,
      createdAt: Date.now(),
      createdBy: request.createdBy,
      authors,
      upToSeq: Math.max(upToSeq, previous?.upToSeq ?? 0),
      position,
      stateVector,
      keyframe,
      state,
    };
    const stored = keyframe || !previous ? state : Y.diffUpdate(state, previous.stateVector);
    await this.store.addVersion({ ...version, stored });
    // Whatever was pending is in this version now.
    clearTimeout(this.timers.get(documentId));
    this.timers.delete(documentId);
    this.log.info({ event: 'version', documentId, versionId: version.id, reason: version.reason }, 'version saved');
    return version;
  }

  private oneAtATime<T>(documentId: string, run: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(documentId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(run);
    this.queues.set(documentId, next);
    void next
      .catch(() => undefined)
      .finally(() => {
        if (this.queues.get(documentId) === next) this.queues.delete(documentId);
      });
    return next;
  }
}
