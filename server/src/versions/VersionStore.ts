import type { VersionReason } from '@yttra/api';
import type { AuthorshipRange } from '../storage/DocumentStore';

export type { VersionReason } from '@yttra/api';

/** A saved version of a document: its whole state at that point and who wrote since the version before it. */
export interface StoredVersion {
  id: string;
  documentId: string;
  /** Given by whoever asked for the version, or by the milestone that made it; null for automatic versions. */
  name: string | null;
  reason: VersionReason;
  createdAt: number;
  /** The user who asked for the version or reached the milestone; null for automatic versions. */
  createdBy: string | null;
  /** Users who changed the document since the previous version (user ids, first writer first). */
  authors: string[];
  /** The highest seq of the update log that the state includes: authors are counted after it. */
  upToSeq: number;
  /** 1, 2, 3 … in the order the document's versions were saved. */
  position: number;
  /** Y.encodeStateVector of the state: what the next version's delta is taken against. */
  stateVector: Uint8Array;
  /** Whether the stored bytes are the whole state (otherwise only what changed since the version before). */
  keyframe: boolean;
  /** Y.encodeStateAsUpdate of the document at that point, whole (put together from the stored bytes). */
  state: Uint8Array;
}

export type VersionSummary = Omit<StoredVersion, 'state'>;

/** A version as stored: `stored` is its whole state when it is a keyframe, else Y.diffUpdate against the previous. */
export type VersionRecord = VersionSummary & { stored: Uint8Array };

/**
 * Versions and the authorship they are described with. Its tables live beside the document store's (the update
 * log writes authorship and contributors in its append transaction; this store reads them).
 */
export interface VersionStore {
  addVersion(version: VersionRecord): Promise<void>;
  /** Oldest first. */
  listVersions(documentId: string): Promise<VersionSummary[]>;
  /** The version and the stored bytes to apply in order to rebuild it: its keyframe's, then each delta up to it. */
  versionChain(
    documentId: string,
    versionId: string,
  ): Promise<{ version: VersionSummary; chain: Uint8Array[] } | undefined>;
  latestVersion(documentId: string): Promise<VersionSummary | undefined>;
  /** Users whose latest update to the document has a seq above `seq`, in the order they last wrote. */
  authorsSince(documentId: string, seq: number): Promise<string[]>;
  /** The highest seq the document's log has used (0 for none). */
  lastSeq(documentId: string): Promise<number>;
  /** Every authorship range of the document, in the order they were first recorded. */
  authorship(documentId: string): Promise<AuthorshipRange[]>;
}
