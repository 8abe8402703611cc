import type { ConnectionStatus } from './deriveConnectionStatus';

/** Always on screen: people drafting an official response need to know whether their words are safe. */
export function ConnectionStatusBar({ status }: { status: ConnectionStatus }) {
  return (
    <div
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
