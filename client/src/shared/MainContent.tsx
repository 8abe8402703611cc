import type { ReactNode } from 'react';
import { MAIN_CONTENT_ID } from './landmarks';

/** The page's <main>, focusable so the skip link moves keyboard focus and not only the scroll position. */
export function MainContent({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className={className}>
      {children}
    </main>
  );
}
