import { useEffect, useId, useRef } from 'react';
import { useEditable } from '../editableContext';
import { TextField } from '../fields/TextField';
import type { BlockProblems } from './blockProblems';
import type { BlockPath } from './setAtPath';

interface TextListFieldProps {
  legend: string;
  /** Each entry's label, e.g. "Mottagare" (numbered when there are several). */
  itemLabel: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  path: BlockPath;
  problems: BlockProblems;
  type?: 'text' | 'date';
  addLabel: string;
}

/** A list of lines (recipients, dates of documents, paragraphs of a note), each its own labelled field. */
export function TextListField({
  legend,
  itemLabel,
  values,
  onChange,
  path,
  problems,
  type = 'text',
  addLabel,
}: TextListFieldProps) {
  const editable = useEditable();
  const errorId = useId();
  const last = useRef<HTMLInputElement>(null);
  const added = useRef(false);
  // After every render: the render that follows an addition has the new field to focus.
  useEffect(() => {
    if (added.current) last.current?.focus();
    added.current = false;
  });
  const listError = problems.at(path);
  return (
    <fieldset className="procedure-list" aria-describedby={listError ? errorId : undefined}>
      <legend>{legend}</legend>
      {listError && (
        <p id={errorId} className="field-error">
          {listError}
        </p>
      )}
      {values.map((value, index) => {
        const label = values.length > 1 ? `${itemLabel} ${index + 1}` : itemLabel;
        return (
          // Lines have no identity beyond their place.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="procedure-list__row">
            <TextField
              label={label}
              type={type}
              value={value}
              error={problems.at([...path, index])}
              inputRef={index === values.length - 1 ? last : undefined}
              onChange={(next) => onChange(values.map((old, at) => (at === index ? next : old)))}
            />
            {editable && values.length > 1 && (
              <button
                type="button"
                className="button button--small"
                aria-label={`Ta bort ${label}`}
                onClick={() => onChange(values.filter((_, at) => at !== index))}
              >
                Ta bort
              </button>
            )}
          </div>
        );
      })}
      {editable && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            added.current = true;
            onChange([...values, '']);
          }}
        >
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
