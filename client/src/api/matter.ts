// The matter answers' types are the API's shared schemas (@yttra/api); these are the lists the UI offers.
import { draftKinds, matterStatuses } from '@yttra/api';

export type {
  Assembly,
  DraftKind,
  ListedMatter,
  Matter,
  MatterDetails,
  MatterDocument,
  MatterStatus,
  PartyGroup,
  TabledEntry,
  TabledVersion,
} from '@yttra/api';

export const MATTER_STATUSES = matterStatuses;
export const DRAFT_KINDS = draftKinds;
