import { useEffect, useRef } from 'react';
import type { ConnectionStatus } from './deriveConnectionStatus';

/**
 * Always on screen: people drafting an official response need to know whether their words are safe. Its height
 * is published as `--status-bar-height`, so the toolbar can stick right below it however the label wraps.
 */
export function ConnectionStatusBar({ status }: { status: ConnectionStatus }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = bar.current;
    const column = element?.parentElement;
    if (!element || !column) return;
    const observer = new ResizeObserver(() => {
      column.style.setProperty('--status-bar-height', `${element.offsetHeight}px`);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={bar}
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-state={status.state}
      className={`connection-status connection-status--${status.state}`}
    >
      <span className="connection-status__dot" aria-hidden="true" />
      {status.label}
    </div>
  );
}
