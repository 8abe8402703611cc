import { useState } from 'react';
import { Link } from 'wouter';
import { ChangeNameDialog } from '../identity/ChangeNameDialog';
import { UserBadge } from '../identity/UserBadge';
import type { EditorUser } from './CollaborativeEditor';

interface DocumentHeaderProps {
  title: string;
  user: EditorUser;
  onChangeName: (name: string) => void;
}

export function DocumentHeader({ title, user, onChangeName }: DocumentHeaderProps) {
  const [changingName, setChangingName] = useState(false);
  return (
    <header className="site-header document-header">
      <nav aria-label="Huvudmeny" className="site-nav">
        <Link href="/">
          <span aria-hidden="true">← </span>Alla dokument
        </Link>
      </nav>
      <h1 className="document-title">{title}</h1>
      <div className="identity">
        <span>Du skriver som</span> <UserBadge name={user.name} color={user.color} />
        <button type="button" className="button button--small" onClick={() => setChangingName(true)}>
          Byt namn
        </button>
      </div>
      {changingName && (
        <ChangeNameDialog currentName={user.name} onSave={onChangeName} onClosed={() => setChangingName(false)} />
      )}
    </header>
  );
}
