import { useEffect, useState } from 'react';
import { TextField } from '../fields/TextField';
import { useProcedureForm } from './procedureFormContext';

interface PartiesFieldProps {
  label: string;
  parties: readonly string[];
  onChange: (parties: string[]) => void;
  error?: string;
}

const split = (text: string) =>
  text
    .split(/[,\s]+|\boch\b/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Parties in the order the protocol prints them ("V, S och MP" is not "MP, S och V"), typed as their
 * abbreviations. What is typed stays as typed while the field is being written in; an abbreviation the
 * organisation does not have is named in the field's message (and not stored).
 */
export function PartiesField({ label, parties, onChange, error }: PartiesFieldProps) {
  const { parties: known } = useProcedureForm();
  const [text, setText] = useState(parties.join(', '));
  const stored = parties.join(', ');
  // Another writer (or an undo) changed the list: show theirs, unless it is what is typed here anyway.
  useEffect(() => {
    setText((typed) => (split(typed).join(', ') === stored ? typed : stored));
  }, [stored]);
  const abbreviations = new Set(known.map((party) => party.abbreviation));
  const unknown = split(text).filter((part) => !abbreviations.has(part));
  const message =
    unknown.length > 0 ? `Okänt parti: ${unknown.join(', ')}. Partierna här: ${[...abbreviations].join(', ')}.` : error;
  return (
    <TextField
      label={label}
      hint="Förkortningar i tryckordning, t.ex. V, S, MP"
      value={text}
      error={message}
      onChange={(next) => {
        setText(next);
        onChange(split(next).filter((part) => abbreviations.has(part)));
      }}
    />
  );
}
