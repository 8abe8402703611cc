import { Link } from 'wouter';

/** The status bar already announces the refusal; this explains it where the text would have been. */
export function RefusedNotice({ message }: { message: string }) {
  return (
    <div className="notice notice--error">
      <h2>Dokumentet är inte tillgängligt</h2>
      <p>{message}</p>
      <p>
        <Link href="/">Till alla dokument</Link>
      </p>
    </div>
  );
}
