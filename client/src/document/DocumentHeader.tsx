import { Link } from 'wouter';
import { AccountMenu } from '../auth/AccountMenu';

interface DocumentHeaderProps {
  title: string;
  /** The matter the document belongs to, if any: the way back leads there. */
  matterId: string | null;
}

export function DocumentHeader({ title, matterId }: DocumentHeaderProps) {
  return (
    <header className="site-header document-header">
      <nav aria-label="Huvudmeny" className="site-nav">
        {matterId === null ? (
          <Link href="/">
            <span aria-hidden="true">← </span>Till startsidan
          </Link>
        ) : (
          <Link href={`/arenden/${encodeURIComponent(matterId)}`}>
            <span aria-hidden="true">← </span>Till ärendet
          </Link>
        )}
      </nav>
      <h1 className="document-title">{title}</h1>
      <div className="identity">
        <AccountMenu />
      </div>
    </header>
  );
}
