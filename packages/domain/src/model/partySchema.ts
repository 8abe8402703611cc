import { z } from 'zod';

/**
 * Abbreviations are what the protocol prints inside the parentheses, so they are short and start with a capital;
 * mixed case is allowed because local parties write themselves that way (e.g. Fi).
 */
export const partyAbbreviationSchema = z
  .string()
  .regex(/^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,9}$/, 'Partiförkortningen ska börja med versal och bestå av högst tio bokstäver.');

/** Parties are data, never an enum: local parties come and go and each municipality has its own list. */
export const partySchema = z.object({
  abbreviation: partyAbbreviationSchema,
  name: z.string().trim().min(1, 'Partiet måste ha ett namn.'),
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'Partifärgen ska anges som #RRGGBB.'),
});

export type Party = z.infer<typeof partySchema>;
