/** The lock could not be taken because the coordination service is unreachable or held too long. */
export class LockUnavailableError extends Error {
  override readonly name = 'LockUnavailableError';
}

/**
 * Mutual exclusion across every instance that shares storage, for work that must happen once: compaction, the
 * seed of a new document, server-side changes to a document. Throws LockUnavailableError when it cannot be had.
 */
export interface ClusterLock {
  withLock<T>(name: string, work: () => Promise<T>): Promise<T>;
}
