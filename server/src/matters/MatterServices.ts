import type { TemplateRegistry } from '@yttra/editor';
import type { AccessRevocations } from '../access/AccessRevocations';
import type { LiveChannels } from '../access/LiveChannels';
import type { AccountStore } from '../accounts/AccountStore';
import type { Accounts } from '../accounts/Accounts';
import type { JusteringStore } from '../justering/JusteringStore';
import type { Logger } from '../log';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';
import type { VersionService } from '../versions/VersionService';
import type { MatterEvents } from './MatterEvents';

/** Everything the matter, draft and assembly routes work with. */
export interface MatterServices {
  store: DocumentStore;
  organisations: OrganisationStore;
  registry: DocumentRegistry;
  templates: TemplateRegistry;
  accounts: Accounts;
  accountStore: AccountStore;
  log: Logger;
  /** Told about every access change, so open channels obey it at once. */
  revocations: AccessRevocations;
  /** Admits the matter event streams and keeps them obeying access changes. */
  liveChannels: LiveChannels;
  /** Live changes for matter pages (Server-Sent Events). */
  matterEvents: MatterEvents;
  justering: JusteringStore;
  /** Versions of documents: saved at the matter's milestones, read and restored through versionRoutes. */
  versions: VersionService;
  /** PUBLIC_URL, for the verification address printed at approval. */
  publicUrl?: string | undefined;
}
