import { useEffect } from 'react';

/**
 * Once the page's content is there (`ready`), scrolls to the element the address's #fragment names and moves the
 * focus to it, as a browser does for a page that is rendered at once: a start page's link to where a role begins
 * lands on that section, for keyboard and screen reader users too.
 */
export function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id === '' ? null : document.getElementById(id);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready]);
}
