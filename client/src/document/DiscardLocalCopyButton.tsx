import { useState } from 'react';
import type { DocumentSession } from './DocumentSession';

/**
 * The way out once the server refuses a change this browser keeps resending (see DocumentSession): the local copy
 * goes, the page reloads, and the document opens as the server has it. The label says what is lost.
 */
export function DiscardLocalCopyButton({ session }: { session: DocumentSession }) {
  const [discarding, setDiscarding] = useState(false);
  const discard = async () => {
    if (discarding) return;
    setDiscarding(true);
    try {
      await session.discardLocalCopy();
    } finally {
      window.location.reload();
    }
  };
  return (
    <p className="refusal-action">
      <button type="button" className="button" aria-disabled={discarding} onClick={() => void discard()}>
        Förkasta osparade ändringar och hämta dokumentet från servern
      </button>
    </p>
  );
}
