import type { Person } from '../model/personSchema';
import type { TemplatePhrases } from '../template/protocolTemplateSchema';
import { formatParties } from './formatParties';
import { formatPersons } from './formatPersons';
import { joinSwedishList } from './joinSwedishList';
import { partiesOf } from './partiesOf';

/** The three ways a template may name the group behind a proposal: by people, by `(L), (M)`, or by `L, M`. */
export function proposerValues(proposers: readonly Person[], phrases: TemplatePhrases) {
  const parties = partiesOf(proposers);
  return {
    proposers: formatPersons(proposers, phrases),
    parties: formatParties(parties),
    partyAbbreviations: joinSwedishList(parties),
  };
}
