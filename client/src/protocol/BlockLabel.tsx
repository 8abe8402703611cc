/** The small visible name of a block ("Förslag 1", "Reservation"), which also names the block's group. */
export function BlockLabel({ id, children }: { id: string; children: string }) {
  return (
    <span id={id} className="block__label">
      {children}
    </span>
  );
}
