/**
 * A field of a document that cannot be changed here (justerad, or the account may only read or comment), as
 * text: an input that cannot be typed in looks editable and reads as a form to fill in.
 */
export function ReadOnlyValue({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <p className={className ? `field field--read ${className}` : 'field field--read'}>
      <span className="field__label">{label}</span>{' '}
      <span className={value === '' ? 'field__value field__value--empty' : 'field__value'}>
        {value === '' ? 'Inte ifyllt' : value}
      </span>
    </p>
  );
}
