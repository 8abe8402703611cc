import type { JSONContent } from '@tiptap/core';
import { contentToUpdate } from '@yttra/editor';
import * as Y from 'yjs';
import type { ClusterLock } from '../cluster/ClusterLock';
import { LockUnavailableError } from '../cluster/ClusterLock';
import type { DocumentRelay } from '../cluster/DocumentRelay';
import { LocalDocumentRelay } from '../cluster/LocalDocumentRelay';
import { LocalLock } from '../cluster/LocalLock';
import type { Logger } from '../log';
import type { ServerMetrics } from '../metrics/ServerMetrics';
import { compactDocument } from '../storage/compactDocument';
import type { DocumentRecord, DocumentStore, StoredUpdate } from '../storage/DocumentStore';
import type { UpdateWriter } from '../storage/UpdateWriter';
import { DocumentFollower } from './DocumentFollower';
import { FROM_STORAGE, SharedDocument } from './SharedDocument';
import type { SyncPeer } from './SyncPeer';

export class UnknownDocumentError extends Error {
  override readonly name = 'UnknownDocumentError';
}

interface Entry {
  loaded: Promise<SharedDocument>;
  /** Connections that have asked for the document and not yet let go, counted before the load ends. */
  holders: number;
}

export interface RegistryOptions {
  compactAfterUpdates: number;
  /** The content a document starts with when storage holds nothing for it. */
  seedContent: (record: DocumentRecord) => Promise<JSONContent> | JSONContent;
  /** Brings a loaded document into the shape its record says (a party's draft), before any client sees it. */
  prepare?: (record: DocumentRecord, document: SharedDocument) => Promise<void>;
  /** How instances serving the same document hear of each other's updates; in-process (none) by default. */
  relay?: DocumentRelay;
  /** Makes the seed, the preparation, server changes and compaction happen on one instance at a time. */
  lock?: ClusterLock;
  /** How often a loaded document's log is checked for entries the relay did not deliver (shared relay only). */
  catchUpIntervalMs?: number;
  metrics?: ServerMetrics;
}

/** Told what happens to loaded documents, e.g. by the versions, which save one after a quiet spell. */
export interface DocumentListener {
  /** A user changed the document (a connection's update, or a change the server made on a user's request). */
  onAuthoredChange(documentId: string): void;
  /** The document was loaded from storage, before any client sees it. */
  onLoaded(documentId: string): void;
}

/**
 * Loads each document once however many clients join at the same moment, keeps it in memory while
 * anyone holds it, and unloads it once the last holder has left and its writes are done.
 */
export class DocumentRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly compactions = new Map<string, Promise<void>>();
  /** Documents that became due again while their compaction ran (a slower store makes that common). */
  private readonly compactAgain = new Set<string>();
  private readonly entryByDocument = new WeakMap<SharedDocument, Entry>();
  private shuttingDown = false;
  private readonly relay: DocumentRelay;
  private readonly lock: ClusterLock;
  private readonly checkTimer: NodeJS.Timeout | undefined;
  private readonly followers = new Set<DocumentFollower>();
  private readonly loadedDocuments = new Set<SharedDocument>();
  private listener: DocumentListener | undefined;

  constructor(
    private readonly store: DocumentStore,
    private readonly writer: UpdateWriter,
    private readonly log: Logger,
    private readonly options: RegistryOptions,
  ) {
    this.relay = options.relay ?? new LocalDocumentRelay();
    this.lock = options.lock ?? new LocalLock();
    if (this.relay.shared) {
      this.checkTimer = setInterval(() => {
        for (const follower of this.followers) follower.check();
      }, options.catchUpIntervalMs ?? 2_000);
      this.checkTimer.unref();
    }
  }

  /** Open connections over every loaded document (for the metrics). */
  get connectionCount(): number {
    let count = 0;
    for (const document of this.loadedDocuments) count += document.peerCount;
    return count;
  }

  /** Set once at start-up (the listener needs the registry, so it cannot be given to the constructor). */
  listen(listener: DocumentListener): void {
    this.listener = listener;
  }

  get loadedCount(): number {
    return this.entries.size;
  }

  async acquire(documentId: string): Promise<SharedDocument> {
    let entry = this.entries.get(documentId);
    if (!entry) {
      entry = { loaded: this.load(documentId), holders: 0 };
      this.entries.set(documentId, entry);
    }
    entry.holders += 1;
    try {
      const document = await entry.loaded;
      this.entryByDocument.set(document, entry);
      return document;
    } catch (error) {
      entry.holders -= 1;
      // A failed load is forgotten so the next client retries; nothing was stored on its behalf.
      if (this.entries.get(documentId) === entry) this.entries.delete(documentId);
      throw error;
    }
  }

  async release(document: SharedDocument): Promise<void> {
    const entry = this.entryOf(document);
    if (!entry) return;
    entry.holders -= 1;
    if (entry.holders > 0) return;
    await this.writer.drain();
    if (entry.holders > 0) return;
    if (this.entries.get(document.id) === entry) this.entries.delete(document.id);
    this.forget(document);
    document.destroy();
    this.log.info({ documentId: document.id }, 'document unloaded');
    this.scheduleCompaction(document.id);
  }

  /**
   * Runs `read` on a document's durable state: loads it if nobody has it open, waits for pending writes,
   * and lets go afterwards. Used by exports and other server-side readers.
   */
  async withDurableDocument<T>(documentId: string, read: (document: SharedDocument) => T): Promise<T> {
    const document = await this.acquire(documentId);
    try {
      // What other instances stored counts too: the read sees the log as it stands now.
      await document.follower?.catchUp('read');
      await document.whenDurable();
      return read(document);
    } finally {
      await this.release(document);
    }
  }

  /**
   * Runs a server-side change (assembly, outcome, restore, an import) once across all instances: under the
   * document's lock, on the log as it stands (so a change already made elsewhere is seen and not made twice),
   * and resolves once the change is durable.
   */
  async changeDocument<T>(documentId: string, change: (document: SharedDocument) => T): Promise<T> {
    const document = await this.acquire(documentId);
    try {
      return await this.lock.withLock(`document:${documentId}`, async () => {
        await document.follower?.catchUp('change');
        await document.whenDurable();
        const result = change(document);
        await document.whenDurable();
        return result;
      });
    } finally {
      await this.release(document);
    }
  }

  /** Lets `update` adjust every live connection to a document, if it is loaded (e.g. after access changed). */
  async updatePeersOf(documentId: string, update: (peer: SyncPeer) => void | Promise<void>): Promise<void> {
    const entry = this.entries.get(documentId);
    const document = await entry?.loaded.catch(() => undefined);
    await document?.updatePeers(update);
  }

  /** Closes every live connection of one user, e.g. after they signed out everywhere. */
  async closeConnectionsOf(userId: string, code: number, reason: string): Promise<void> {
    for (const documentId of [...this.entries.keys()]) {
      await this.updatePeersOf(documentId, (peer) => {
        if (peer.userId === userId) peer.close(code, reason);
      });
    }
  }

  /** Closes every connection (e.g. on shutdown) and waits until all accepted writes are stored. */
  async closeAll(code: number, reason: string): Promise<void> {
    this.shuttingDown = true;
    for (const entry of this.entries.values()) {
      const document = await entry.loaded.catch(() => undefined);
      document?.closeAll(code, reason);
    }
    await this.writer.drain();
    await Promise.all(this.compactions.values());
    clearInterval(this.checkTimer);
    for (const follower of this.followers) follower.stop();
    this.followers.clear();
  }

  private entryOf(document: SharedDocument): Entry | undefined {
    return this.entryByDocument.get(document);
  }

  private async load(documentId: string): Promise<SharedDocument> {
    const record = await this.store.getDocument(documentId);
    if (!record) throw new UnknownDocumentError(documentId);
    const log = await this.store.loadUpdates(documentId);
    const document = new SharedDocument(
      documentId,
      this.writer,
      this.log,
      {
        onCompactionDue: (due) => this.scheduleCompaction(due.id),
        onBroken: (broken) => this.evict(broken),
        onAuthoredChange: (changed) => this.listener?.onAuthoredChange(changed.id),
      },
      this.options.compactAfterUpdates,
      this.relay,
    );
    document.loadStored(log.map((entry) => entry.update));
    // A compacted log is one snapshot of the whole document: cold opens are answered with those bytes.
    if (log.length === 1) document.rememberWholeState((log[0] as StoredUpdate).update);
    let appliedThrough = log.at(-1)?.seq ?? 0;
    if (log.length === 0) appliedThrough = await this.seed(record, document);
    const follower = new DocumentFollower(
      document,
      this.store,
      this.relay,
      this.log,
      this.options.metrics,
      appliedThrough,
    );
    document.follower = follower;
    try {
      await follower.start();
      await this.prepare(record, document);
    } catch (error) {
      follower.stop();
      document.destroy();
      throw error;
    }
    this.followers.add(follower);
    this.loadedDocuments.add(document);
    this.log.info({ documentId, logEntries: log.length }, 'document loaded');
    if (!this.shuttingDown) this.listener?.onLoaded(documentId);
    return document;
  }

  /**
   * Seeds a document whose log is empty, once across all instances: under the lock, and only if the log is still
   * empty then (another instance may have seeded it meanwhile). Never by a client, never per connection.
   */
  private seed(record: DocumentRecord, document: SharedDocument): Promise<number> {
    const documentId = record.id;
    return this.lock.withLock(`document:${documentId}`, async () => {
      const log = await this.store.loadUpdatesAfter(documentId, 0);
      if (log.length > 0) {
        document.loadStored(log.map((entry) => entry.update));
        return log.at(-1)?.seq ?? 0;
      }
      const seed = contentToUpdate(await this.options.seedContent(record));
      const appended = await this.store.appendUpdates([{ documentId, update: seed }]);
      Y.applyUpdate(document.doc, seed, FROM_STORAGE);
      this.log.info({ documentId }, 'document seeded');
      return appended?.[0]?.seq ?? 0;
    });
  }

  /**
   * Brings the document into its shape under the lock, after reading what other instances stored, so the change
   * is made by one instance and the others find it already there. Without the lock (Redis down) it still runs:
   * the preparation changes only what is not in shape, and refusing the load would lock everyone out.
   */
  private async prepare(record: DocumentRecord, document: SharedDocument): Promise<void> {
    const { prepare } = this.options;
    if (!prepare) return;
    const run = async () => {
      await document.follower?.catchUp('prepare');
      await prepare(record, document);
      await document.whenDurable();
    };
    try {
      await this.lock.withLock(`document:${record.id}`, run);
    } catch (error) {
      if (!(error instanceof LockUnavailableError)) throw error;
      this.log.warn({ documentId: record.id, err: error.message }, 'preparing without the cluster lock');
      await run();
    }
  }

  private forget(document: SharedDocument): void {
    if (document.follower) {
      document.follower.stop();
      this.followers.delete(document.follower);
    }
    this.loadedDocuments.delete(document);
  }

  /** Forgets a broken document at once so new clients get a fresh load; old holders still release it. */
  private evict(document: SharedDocument): void {
    const entry = this.entryOf(document);
    if (entry && this.entries.get(document.id) === entry) this.entries.delete(document.id);
    this.forget(document);
  }

  private scheduleCompaction(documentId: string): void {
    if (this.shuttingDown) return;
    if (this.compactions.has(documentId)) {
      this.compactAgain.add(documentId);
      return;
    }
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.writer.drain())
      // One instance at a time: others that follow the log are unaffected (the snapshot keeps the highest seq).
      .then(() => this.lock.withLock(`compact:${documentId}`, () => compactDocument(this.store, documentId)))
      .then(
        (result) => this.log.info({ documentId, ...result }, 'document compacted'),
        (error: unknown) =>
          error instanceof LockUnavailableError
            ? this.log.warn({ documentId, err: error.message }, 'compaction skipped: lock unavailable')
            : this.log.error({ documentId, err: error }, 'compaction failed'),
      )
      .finally(() => {
        this.compactions.delete(documentId);
        if (this.compactAgain.delete(documentId)) this.scheduleCompaction(documentId);
      });
    this.compactions.set(documentId, run);
  }
}
