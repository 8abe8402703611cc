import { type Ref, useId } from 'react';
import { useEditable } from '../editableContext';
import { ReadOnlyValue } from './ReadOnlyValue';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number';
  /** Shown under the label and read after it (aria-describedby). */
  hint?: string;
  /** A Swedish validation message, shown beside the field; marks the field invalid. */
  error?: string;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  min?: number;
}

/** A labelled input with its hint and its validation message beside it, both tied to it for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  error,
  onBlur,
  inputRef,
  className,
  min,
}: TextFieldProps) {
  const id = useId();
  const editable = useEditable();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  if (!editable) return <ReadOnlyValue label={label} value={value} className={className} />;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        min={min}
        autoComplete="off"
        spellCheck={type === 'text'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
