import type { AccountStore } from '../accounts/AccountStore';
import type { CalendarFeedStore } from '../calendar/CalendarFeedStore';
import type { CommentStore } from '../comments/CommentStore';
import type { JusteringStore } from '../justering/JusteringStore';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { VersionStore } from '../versions/VersionStore';
import type { DocumentStore } from './DocumentStore';

/** Work at startup that several instances sharing one database must do one at a time (see `exclusively`). */
export type StartupTask = 'demoSeed';

/**
 * Everything the server keeps, behind one of two engines: the embedded SQLite file (the default) or a
 * PostgreSQL database that several instances share (DATABASE_URL). Every store of one Storage works on the
 * same database.
 */
export interface Storage {
  readonly engine: 'sqlite' | 'postgres';
  readonly documents: DocumentStore;
  readonly organisations: OrganisationStore;
  readonly accounts: AccountStore;
  readonly comments: CommentStore;
  readonly calendarFeeds: CalendarFeedStore;
  readonly justering: JusteringStore;
  /** Versions and the authorship the document store's appends record (same database, same tables' engine). */
  readonly versions: VersionStore;
  /**
   * Runs `work` while no other instance on this database runs the same task: the others wait and then find
   * it done. With SQLite (one process per file) it simply runs.
   */
  exclusively<T>(task: StartupTask, work: () => Promise<T>): Promise<T>;
  /** Resolves when the database answers now; rejects (within seconds) when it does not. */
  check(): Promise<void>;
  close(): Promise<void>;
}
