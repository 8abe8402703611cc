import { useId } from 'react';
import { useEditable } from '../editableContext';
import { ReadOnlyValue } from './ReadOnlyValue';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  const id = useId();
  const editable = useEditable();
  const hintId = `${id}-hint`;
  if (!editable) return <ReadOnlyValue label={label} value={checked ? 'Ja' : 'Nej'} />;
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
