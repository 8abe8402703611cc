import type { TemplateRegistry } from '@yttra/editor';
import type { AccountStore } from '../accounts/AccountStore';
import type { Accounts } from '../accounts/Accounts';
import type { JusteringStore } from '../justering/JusteringStore';
import type { Logger } from '../log';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';

/** Everything the matter, draft and assembly routes work with. */
export interface MatterServices {
  store: DocumentStore;
  organisations: OrganisationStore;
  registry: DocumentRegistry;
  templates: TemplateRegistry;
  accounts: Accounts;
  accountStore: AccountStore;
  log: Logger;
  justering: JusteringStore;
}
