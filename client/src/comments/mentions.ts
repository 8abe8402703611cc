import type { Membership } from '../api/session';
import type { Person, ThreadComment } from './commentsApi';

/** "Nämner: A, B" under a comment; null when it mentions nobody. */
export function mentionsLabel(mentions: readonly Person[]): string | null {
  if (mentions.length === 0) return null;
  return `Nämner: ${mentions.map((person) => person.name).join(', ')}`;
}

/** The chosen ids after a checkbox in the "Nämn" group is ticked or unticked, in the order they were chosen. */
export function toggleMention(selected: readonly string[], id: string, checked: boolean): string[] {
  if (checked) return selected.includes(id) ? [...selected] : [...selected, id];
  return selected.filter((candidate) => candidate !== id);
}

/** Who can be offered in the "Nämn" group: everyone who can read the document but the writer, by name. */
export function mentionablePeople(people: readonly Person[], currentUserId: string): Person[] {
  return people.filter((person) => person.id !== currentUserId).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** True when the session administers the document's board (known only once the document's board is). */
export function isBoardAdministrator(memberships: readonly Membership[], organisationId: string | null): boolean {
  if (organisationId === null) return false;
  return memberships.some(
    (membership) => membership.organisationId === organisationId && membership.role === 'administrator',
  );
}

/** Administrators may hide other people's comments that are still shown. */
export function canHideComment(comment: ThreadComment, currentUserId: string, administrator: boolean): boolean {
  return administrator && comment.author.id !== currentUserId && !comment.deleted && !comment.hidden;
}
