import { useEffect, useState } from 'react';
import { fetchOrganisationId, fetchPeople, type Person } from './commentsApi';

export interface CommentAudience {
  /** Who can read the document and so may be mentioned; empty until loaded (or when it cannot be). */
  people: Person[];
  /** The document's board, for telling whether the session administers it; null until known. */
  organisationId: string | null;
}

/** Loads who may be mentioned in the document's comments and which board it belongs to. */
export function useCommentAudience(documentId: string): CommentAudience {
  const [audience, setAudience] = useState<CommentAudience & { documentId: string }>({
    documentId,
    people: [],
    organisationId: null,
  });

  useEffect(() => {
    const controller = new AbortController();
    setAudience({ documentId, people: [], organisationId: null });
    // Mentions and hiding are extras: without them the comments still work, so failures are left quiet.
    fetchPeople(documentId, controller.signal)
      .then((people) => setAudience((current) => ({ ...current, documentId, people })))
      .catch(() => {});
    fetchOrganisationId(documentId, controller.signal)
      .then((organisationId) => setAudience((current) => ({ ...current, documentId, organisationId })))
      .catch(() => {});
    return () => controller.abort();
  }, [documentId]);

  return audience.documentId === documentId ? audience : { people: [], organisationId: null };
}
