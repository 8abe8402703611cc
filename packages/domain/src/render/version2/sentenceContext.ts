import { ADMINISTRATION_PROPOSAL } from '../../model/paragraphBlockSchema';
import type { Person } from '../../model/personSchema';
import type { MotionBlock, WrittenProposalBlock } from '../../model/procedureBlockSchemas';
import type { ProposalMention } from '../../model/proposalReferenceSchema';
import type { ProtocolParagraph } from '../../model/protocolParagraphSchema';
import { fillPhrase, type PhraseValues } from '../../phrase/fillPhrase';
import { swedishGenitive } from '../../phrase/swedishGenitive';
import { joinSwedishList } from '../../phrasing/joinSwedishList';
import type { ProtocolTemplate } from '../../template/protocolTemplateSchema';
import type { MentionContext, SentenceKey } from '../../template/sentenceSpecs';
import { formatPeopleWithRoles } from './formatPeopleWithRoles';

/**
 * Everything a version-2 sentence needs beyond its own block: the template's sentences and reference forms, the
 * proposals and motions it may mention, and what has already been said (the chair is named in full once).
 */
export interface SentenceContext {
  template: ProtocolTemplate;
  paragraph: ProtocolParagraph;
  /** Fills a sentence; undefined when the template does not write it (an optional sentence). */
  sentence(key: SentenceKey, values: PhraseValues, variant?: string): string | undefined;
  /** Like `sentence`, but the template must have it. */
  required(key: SentenceKey, values: PhraseValues, variant?: string): string;
  mention(mention: ProposalMention, context: MentionContext): string;
  view(mention: ProposalMention): PhraseValues;
  people(people: readonly Person[], conjunction?: 'och' | 'samt'): string;
  /** The chair as the subject of a sentence: role and name the first time, the role alone afterwards. */
  chair(): string;
  /** Notes that people were named in a sentence (the chair among movers counts as a first mention). */
  noteMentioned(people: readonly Person[]): void;
}

export function createSentenceContext(paragraph: ProtocolParagraph, template: ProtocolTemplate): SentenceContext {
  const sentences = template.sentences ?? {};
  const roles = template.organisation?.roles ?? {};
  let chairMentioned = false;
  const written = new Map<string, WrittenProposalBlock>();
  const motions = new Map<string, MotionBlock>();
  for (const block of paragraph.blocks) {
    if (block.type === 'writtenProposal') written.set(block.id, block);
    if (block.type === 'motion') motions.set(block.id, block);
  }

  const sentence = (key: SentenceKey, values: PhraseValues, variant?: string) => {
    const pattern = (variant !== undefined ? sentences[`${key}/${variant}`] : undefined) ?? sentences[key];
    if (variant !== undefined && sentences[`${key}/${variant}`] === undefined) {
      throw new Error(`Mallen har ingen formulering "${key}/${variant}".`);
    }
    return pattern === undefined ? undefined : fillPhrase(pattern, values);
  };

  const view = (mention: ProposalMention): PhraseValues => {
    if (mention.to === ADMINISTRATION_PROPOSAL) {
      const name = template.organisation?.administrationProposal ?? template.phrases.administrationProposalReference;
      return { isAdministration: true, name };
    }
    const proposal = written.get(mention.to);
    if (proposal) {
      const noun = template.proposalKinds?.[proposal.kind];
      return {
        name: proposal.name,
        noun: noun?.indefinite,
        nounDefinite: noun?.definite,
        parties: joinSwedishList(proposal.parties),
        date: proposal.date,
      };
    }
    const motion = motions.get(mention.to);
    if (motion) {
      const names = motion.movers.map((person) => person.name);
      return {
        movers: joinSwedishList(names),
        moversGenitive: joinSwedishList(names.map(swedishGenitive)),
        firstMover: names[0],
        severalMovers: names.length > 1,
        manyMovers: names.length > 2,
      };
    }
    throw new Error(`Förslaget "${mention.to}" finns inte i paragrafen.`);
  };

  return {
    template,
    paragraph,
    sentence,
    required(key, values, variant) {
      const text = sentence(key, values, variant);
      if (text === undefined) throw new Error(`Mallen saknar meningen "${key}".`);
      return text;
    },
    view,
    mention(mention, context) {
      const form = mention.form ?? template.referenceDefaults?.[context];
      const pattern = form === undefined ? undefined : template.references?.[form];
      if (pattern === undefined) throw new Error(`Mallen saknar hänvisningsformen "${form ?? context}".`);
      return fillPhrase(pattern, view(mention));
    },
    people: (list, conjunction) => formatPeopleWithRoles(list, template, conjunction),
    chair() {
      const chair = paragraph.chair;
      if (!chair) throw new Error('Paragrafen anger ingen ordförande.');
      const role = chair.role === undefined ? undefined : roles[chair.role];
      const text = chairMentioned && role ? role.singular : formatPeopleWithRoles([chair], template);
      chairMentioned = true;
      return text;
    },
    noteMentioned(list) {
      if (paragraph.chair && list.some((person) => person.name === paragraph.chair!.name)) chairMentioned = true;
    },
  };
}
