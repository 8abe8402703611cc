import { SqliteAccountStore } from '../../accounts/SqliteAccountStore';
import { SqliteCalendarFeedStore } from '../../calendar/SqliteCalendarFeedStore';
import { SqliteCommentStore } from '../../comments/SqliteCommentStore';
import { SqliteJusteringStore } from '../../justering/SqliteJusteringStore';
import { SqliteOrganisationStore } from '../../organisation/SqliteOrganisationStore';
import { SqliteVersionStore } from '../../versions/SqliteVersionStore';
import { SqliteDocumentStore } from '../SqliteDocumentStore';
import type { Storage } from '../Storage';
import { openDatabase } from './openDatabase';

/** The embedded default: one SQLite file (migrated on open), shared by every store of this one process. */
export function openSqliteStorage(filename: string): Storage {
  const database = openDatabase(filename);
  const documents = new SqliteDocumentStore(database);
  return {
    engine: 'sqlite',
    documents,
    organisations: new SqliteOrganisationStore(database),
    accounts: new SqliteAccountStore(database),
    comments: new SqliteCommentStore(database),
    calendarFeeds: new SqliteCalendarFeedStore(database),
    justering: new SqliteJusteringStore(database),
    versions: new SqliteVersionStore(database),
    exclusively: (_task, work) => work(),
    check: async () => {
      database.prepare('SELECT 1').get();
    },
    close: async () => {
      await documents.close();
      if (database.open) database.close();
    },
  };
}
