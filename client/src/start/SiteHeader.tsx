import { Link } from 'wouter';
import { AccountMenu } from '../auth/AccountMenu';

interface SiteHeaderProps {
  /** A way back up, e.g. from a matter to the list of matters. */
  back?: { href: string; label: string };
}

/** The banner of every page but the document page: the product's name, the way back, and the account. */
export function SiteHeader({ back }: SiteHeaderProps) {
  return (
    <header className="site-header app-header">
      <nav aria-label="Huvudmeny" className="site-nav app-header__nav">
        <Link href="/" className="brand">
          Yttra
        </Link>
        {back && (
          <Link href={back.href}>
            <span aria-hidden="true">← </span>
            {back.label}
          </Link>
        )}
      </nav>
      <AccountMenu />
    </header>
  );
}
