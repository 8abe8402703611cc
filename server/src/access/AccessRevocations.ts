import type { Credential } from '../accounts/Credential';

/** Whose or which open channels a change may affect. */
export type AccessChange =
  /** A user's sign-ins or memberships changed: role, party group, removal, sign-out everywhere. */
  | { userId: string }
  /** A document's readers or writers changed: shared with other groups, approved. */
  | { documentId: string }
  /** One session or token ended. */
  | { credential: Credential };

/**
 * What every trigger of an access change calls. The in-process implementation re-evaluates its own open
 * channels; a scaled-out deployment publishes the change (e.g. over Redis) so every instance does the same.
 */
export interface AccessRevocations {
  accessChanged(change: AccessChange): Promise<void>;
}
