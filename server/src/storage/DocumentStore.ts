import type { DocumentKind, DocumentRole, DraftKind } from '@yttra/api';

/** Metadata of one collaborative document; its content lives in the update log. */
export interface DocumentRecord {
  id: string;
  title: string;
  /** 'protocol': a structured protocol paragraph (§); 'text': free text. Decides the seeded content. */
  kind: DocumentKind;
  /** The protocol template a 'protocol' document is seeded and laid out with; null for 'text'. */
  templateId: string | null;
  createdAt: number;
  /** The board the document belongs to; null only for documents from before organisations existed. */
  organisationId: string | null;
  /** The matter (ärende) a protocol paragraph or draft belongs to. */
  matterId: string | null;
  /** 'free': an organisation's shared notes; 'protocol': a matter's paragraph; 'draft': a party group's draft. */
  role: DocumentRole;
  draftKind: DraftKind | null;
  /** Set when the paragraph was approved (justerad): it is locked from then on. */
  approvedAt: number | null;
  approvedChecksum: string | null;
  /** Set when a party's draft was withdrawn by its group: no one opens it any more; its tabled versions stay. */
  withdrawnAt?: number | null;
}

export {
  type DocumentKind,
  type DocumentRole,
  type DraftKind,
  documentKinds,
  documentRoles,
  draftKinds,
} from '@yttra/api';

/**
 * One entry of a document's update log. `seq` grows strictly with every append to the document, also across
 * compaction (the merged snapshot keeps the highest seq it replaced) and across processes appending at once:
 * a reader that has seen seq n never later finds a newly committed entry with a seq at or below n.
 */
export interface StoredUpdate {
  seq: number;
  update: Uint8Array;
}

/**
 * Where an appended entry landed in its document's log. `previousSeq` is the seq of the document's entry right
 * before it (0 for none): an instance that follows the log over a lossy relay sees a missed entry as a break in
 * that chain, even though seqs are not consecutive per document.
 */
export interface AppendedUpdate {
  seq: number;
  previousSeq: number;
}

/**
 * A run of Yjs ids (`client`, clocks `clock` up to but excluding `clockEnd`) that one user inserted or deleted.
 * Keyed by ids rather than by log entry, it still says who wrote what after the log is compacted.
 */
export interface AuthorshipRange {
  kind: 'insert' | 'delete';
  client: number;
  clock: number;
  clockEnd: number;
  userId: string;
}

export interface PendingAppend {
  documentId: string;
  update: Uint8Array;
  /** The user whose connection (or whose request, for changes the server makes) produced the update. */
  authorId?: string | null;
  /** What the update inserted and deleted, attributed to `authorId`; written in the same transaction. */
  authorship?: readonly AuthorshipRange[];
}

/**
 * Everything the sync layer needs from durable storage. Implementations must make `appendUpdates`
 * durable before its promise resolves: the server relays an update only after that.
 */
export interface DocumentStore {
  createDocument(record: DocumentRecord): Promise<void>;
  getDocument(documentId: string): Promise<DocumentRecord | undefined>;
  /** The free documents of the given organisations, newest first. */
  listDocuments(organisationIds: readonly string[], limit: number): Promise<DocumentRecord[]>;
  listMatterDocuments(matterId: string): Promise<DocumentRecord[]>;
  /** Locks the paragraph: `text` is its text export at approval, the file whose SHA-256 `checksum` is. */
  markApproved(documentId: string, approvedAt: number, checksum: string, text: string): Promise<void>;
  /** The text export stored at approval; undefined for a document that is not approved. */
  approvedText(documentId: string): Promise<string | undefined>;
  markWithdrawn(documentId: string, withdrawnAt: number): Promise<void>;
  findApproved(checksum: string): Promise<DocumentRecord | undefined>;
  /** The whole log of a document in append order (a compacted snapshot first, if any). */
  loadUpdates(documentId: string): Promise<StoredUpdate[]>;
  /** The log entries with seq > afterSeq, in append order. */
  loadUpdatesAfter(documentId: string, afterSeq: number): Promise<StoredUpdate[]>;
  /**
   * Appends every entry in one transaction, in the given order, with its author, its authorship ranges and the
   * author's latest seq (document_contributors), so versions can name who wrote since the previous one. A store
   * that says where each entry landed (one AppendedUpdate per entry, in order) lets other instances apply relayed
   * updates without reading the log back; one that returns nothing still works, followers then catch up from the log.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a store written before the seqs were needed returns Promise<void>.
  appendUpdates(entries: readonly PendingAppend[]): Promise<AppendedUpdate[] | void>;
  /**
   * Replaces the log entries with `seq <= upToSeq` by one merged update, leaving entries appended
   * after `upToSeq` untouched.
   */
  replaceUpdates(documentId: string, upToSeq: number, merged: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
