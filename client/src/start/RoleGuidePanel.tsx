import { Link } from 'wouter';
import type { Matter } from '../api/matter';
import type { BoardRole } from '../api/session';
import { roleGuide } from './roleGuide';

/** "Det här gör du som …": what the signed-in role does, with one link to where it starts in the matter. */
export function RoleGuidePanel({ role, matters }: { role: BoardRole; matters: readonly Matter[] }) {
  const guide = roleGuide(role);
  const current = matters.find((matter) => matter.status !== 'approved') ?? matters[0];
  return (
    <section className="role-guide" aria-labelledby="role-guide-heading">
      <h2 id="role-guide-heading">Det här gör du som {guide.roleName}</h2>
      <ul>
        {guide.tasks.map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      {current && (
        <p className="role-guide__action">
          <Link href={`/arenden/${encodeURIComponent(current.id)}#${guide.sectionId}`} className="button">
            {guide.linkLabel(current.caseNumber)}
          </Link>
        </p>
      )}
    </section>
  );
}
