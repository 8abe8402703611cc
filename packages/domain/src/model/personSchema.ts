import { z } from 'zod';
import { partyAbbreviationSchema } from './partySchema';

export const personSchema = z.object({
  name: z.string().trim().min(1, 'Personen måste ha ett namn.'),
  /** The party's abbreviation, looked up in the board's party list (parties are data, not an enum). */
  party: partyAbbreviationSchema,
  /** "m.fl.": the named person speaks for their whole group. */
  andOthers: z.boolean(),
  /** Printed before the name, e.g. 'tjänstgörande ersättare' for a substitute who votes in a member's place. */
  role: z.string().trim().min(1).optional(),
});

export type Person = z.infer<typeof personSchema>;
