import type { JSONContent } from '@tiptap/core';
import { contentToUpdate } from '@yttra/editor';
import * as Y from 'yjs';
import type { Logger } from '../log';
import { compactDocument } from '../storage/compactDocument';
import type { DocumentRecord, DocumentStore, StoredUpdate } from '../storage/DocumentStore';
import type { UpdateWriter } from '../storage/UpdateWriter';
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
  private listener: DocumentListener | undefined;

  constructor(
    private readonly store: DocumentStore,
    private readonly writer: UpdateWriter,
    private readonly log: Logger,
    private readonly options: RegistryOptions,
  ) {}

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
      await document.whenDurable();
      return read(document);
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
    );
    Y.transact(
      document.doc,
      () => {
        for (const entry of log) Y.applyUpdate(document.doc, entry.update, FROM_STORAGE);
      },
      FROM_STORAGE,
    );
    // A compacted log is one snapshot of the whole document: cold opens are answered with those bytes.
    if (log.length === 1) document.rememberWholeState((log[0] as StoredUpdate).update);
    if (log.length === 0) {
      // Seeded here, once, and only when storage holds nothing: never by a client, never per connection.
      const seed = contentToUpdate(await this.options.seedContent(record));
      await this.store.appendUpdates([{ documentId, update: seed }]);
      Y.applyUpdate(document.doc, seed, FROM_STORAGE);
      this.log.info({ documentId }, 'document seeded');
    }
    await this.options.prepare?.(record, document);
    this.log.info({ documentId, logEntries: log.length }, 'document loaded');
    if (!this.shuttingDown) this.listener?.onLoaded(documentId);
    return document;
  }

  /** Forgets a broken document at once so new clients get a fresh load; old holders still release it. */
  private evict(document: SharedDocument): void {
    const entry = this.entryOf(document);
    if (entry && this.entries.get(document.id) === entry) this.entries.delete(document.id);
  }

  private scheduleCompaction(documentId: string): void {
    if (this.shuttingDown) return;
    if (this.compactions.has(documentId)) {
      this.compactAgain.add(documentId);
      return;
    }
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.writer.drain())
      .then(() => compactDocument(this.store, documentId))
      .then(
        (result) => this.log.info({ documentId, ...result }, 'document compacted'),
        (error: unknown) => this.log.error({ documentId, err: error }, 'compaction failed'),
      )
      .finally(() => {
        this.compactions.delete(documentId);
        if (this.compactAgain.delete(documentId)) this.scheduleCompaction(documentId);
      });
    this.compactions.set(documentId, run);
  }
}
