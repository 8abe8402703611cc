/** A name on its colour, as it appears on the user's caret. Palette colours keep white text readable. */
export function UserBadge({ name, color }: { name: string; color: string }) {
  return (
    <span className="user-badge" style={{ backgroundColor: color }}>
      {name}
    </span>
  );
}
