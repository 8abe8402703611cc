import { ADMINISTRATION_PROPOSAL, type ProposalBlock, type ProtocolTemplate, proposalReference } from '@yttra/domain';

export interface Choice {
  value: string;
  label: string;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/**
 * The proposals of the document as select options, named as the protocol names them ("Förslaget från (L) och
 * (M)"). Proposals that would read alike are told apart by their order in the document.
 */
export function proposalChoices(proposals: readonly ProposalBlock[], template: ProtocolTemplate): Choice[] {
  const labels = proposals.map((proposal) =>
    proposal.proposers.length === 0
      ? 'Förslag utan förslagsställare'
      : capitalize(proposalReference(proposal.id, proposals, template)),
  );
  return proposals.map((proposal, index) => {
    const label = labels[index]!;
    const isAmbiguous = labels.filter((other) => other === label).length > 1;
    return { value: proposal.id, label: isAmbiguous ? `${label} (förslag ${index + 1})` : label };
  });
}

/** "Förvaltningens förslag", in the template's wording. */
export function administrationChoice(template: ProtocolTemplate): Choice {
  const name = template.organisation?.administrationProposal ?? template.phrases.administrationProposalReference;
  return { value: ADMINISTRATION_PROPOSAL, label: capitalize(name) };
}

/**
 * Keeps a select truthful when its stored reference points at a proposal that no longer exists (deleted by someone
 * else): the value stays visible as such instead of the select silently showing another option.
 */
export function withCurrentValue(choices: readonly Choice[], current: string): Choice[] {
  if (current === '' || choices.some((choice) => choice.value === current)) return [...choices];
  return [...choices, { value: current, label: 'Ett förslag som inte längre finns' }];
}
