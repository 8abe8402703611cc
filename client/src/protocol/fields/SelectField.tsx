import { type Ref, useId } from 'react';
import { useEditable } from '../editableContext';
import type { Choice } from '../live/proposalChoices';

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
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={selectRef}
        value={value}
        disabled={!editable}
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
