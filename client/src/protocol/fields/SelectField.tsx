import { type Ref, useId } from 'react';
import { useEditable } from '../editableContext';
import type { Choice } from '../live/proposalChoices';
import { ReadOnlyValue } from './ReadOnlyValue';

interface SelectFieldProps {
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  error?: string;
  selectRef?: Ref<HTMLSelectElement>;
  className?: string;
}

export function SelectField({ label, value, choices, onChange, error, selectRef, className }: SelectFieldProps) {
  const id = useId();
  const editable = useEditable();
  const errorId = `${id}-error`;
  if (!editable) {
    const chosen = choices.find((choice) => choice.value === value);
    return <ReadOnlyValue label={label} value={chosen?.label ?? ''} className={className} />;
  }
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={selectRef}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
