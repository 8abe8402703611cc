import { useEffect } from 'react';

/** Sets the browser tab's title, which is also the first thing a screen reader announces after navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
