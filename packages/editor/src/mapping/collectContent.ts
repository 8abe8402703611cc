import type { JSONContent } from '@tiptap/core';
import {
  type DecisionSentence,
  type Person,
  type ProtocolTemplate,
  paragraphBlockSchema,
  type StatementBlock,
  statementKinds,
} from '@yttra/domain';
import { getEditorSchema } from '../editorSchema';
import { procedureBlockTypes } from '../nodes/ProcedureBlock';
import type {
  ContentDrafts,
  DecisionDraft,
  ProcedureBlockDraft,
  ProcedureDraft,
  ProposalDraft,
  VoteDraft,
} from './contentDrafts';
import { countAttribute } from './countAttribute';
import { inlineText } from './inlineText';
import { jsonAttribute } from './jsonAttribute';
import { jsonChildren } from './jsonChildren';
import { readPerson } from './readPerson';
import { textAttribute } from './textAttribute';

/** Where the walk puts what it meets: prose, the parts of a decision text, and people. */
interface Context {
  prose: string[];
  /** The enclosing proposal, or the paragraph's decision: decision sentences and additions belong to it. */
  decisionText: DecisionDraft;
  /** The people of the enclosing proposal, reservation or statement; undefined where people mean nothing. */
  people: Person[] | undefined;
}

const VOTE_LISTS = ['yes', 'no', 'abstained'] as const;

/**
 * Walks a document's top-level nodes and collects its content by kind, wherever it stands (docs/document-model.md):
 * protocol blocks become blocks in document order; decision sentences and additions go to the enclosing proposal,
 * else to the decision; prose goes to the enclosing block, else to its section (its decision, its summary, or prose
 * printed under its heading), else to the stray paragraphs; the text of unknown or misplaced nodes is kept as prose. Never throws.
 */
export function collectContent(
  nodes: readonly JSONContent[],
  template: ProtocolTemplate,
  header: JSONContent | undefined,
  problems: string[],
): ContentDrafts {
  const schema = getEditorSchema();
  const drafts: ContentDrafts = {
    decision: { paragraphs: [], additions: [] },
    summary: [],
    stray: [],
    sectionProse: new Map(),
    blocks: [],
    rows: [],
  };
  let unnamedProposals = 0;
  // The recipient of the remissvar, which the standard decision sentence names.
  const replyTo = header ? textAttribute(header, 'replyTo') : '';

  const isInline = (node: JSONContent) =>
    node.type === 'text' || (typeof node.type === 'string' && schema.nodes[node.type]?.isInline === true);

  const proseOfSection = (sectionId: string): string[] => {
    const section = template.sections.find((candidate) => candidate.id === sectionId);
    if (!section) {
      problems.push(
        sectionId === ''
          ? 'Ett avsnitt saknar id; dess text räknas till sammanfattningen.'
          : `Avsnittet "${sectionId}" finns inte i mallen; dess text räknas till sammanfattningen.`,
      );
      return drafts.stray;
    }
    if (section.contents.includes('decision')) return drafts.decision.paragraphs;
    if (section.contents.includes('summary')) return drafts.summary;
    // Printed where it was written, under this section's heading.
    let prose = drafts.sectionProse.get(section.id);
    if (!prose) {
      prose = [];
      drafts.sectionProse.set(section.id, prose);
    }
    return prose;
  };

  const visitChildren = (node: JSONContent, context: Context) => {
    // Runs of inline content form one paragraph each, so text standing directly in a block is kept too.
    let run: JSONContent[] = [];
    const flush = () => {
      const text = inlineText(run);
      if (text.trim() !== '') context.prose.push(text);
      run = [];
    };
    for (const child of jsonChildren(node)) {
      if (isInline(child)) {
        run.push(child);
      } else {
        flush();
        visit(child, context);
      }
    }
    flush();
  };

  const addPeople = (list: JSONContent, people: Person[], context: Context) => {
    for (const child of jsonChildren(list)) {
      if (child.type === 'person') people.push(readPerson(child));
      else visit(child, context);
    }
  };

  const readSentence = (node: JSONContent, target: DecisionDraft) => {
    const kind = textAttribute(node, 'kind');
    if (kind === 'according' || kind === 'recommend') {
      const sentence = readMentioningSentence(kind, textAttribute(node, 'mentions'));
      if (!sentence) problems.push('En beslutsmening hänvisar inte till något förslag och skrivs inte ut.');
      else if (target.sentence)
        problems.push('Ett beslut eller förslag har mer än en beslutsmening; bara den första används.');
      else target.sentence = sentence;
      return;
    }
    const freeText = kind === 'freeText';
    const text = textAttribute(node, 'text');
    if (target.sentence) {
      problems.push('Ett beslut eller förslag har mer än en beslutsmening; bara den första används.');
      if (freeText && text !== '') target.paragraphs.push(text);
    } else if (!freeText) {
      const statesInAddition = jsonAttribute(node, 'statesInAddition') === true;
      target.sentence = { kind: 'approveReportAsReply', recipient: replyTo, statesInAddition };
    } else if (text !== '') {
      target.sentence = { kind: 'freeText', text };
    } else {
      problems.push('En beslutsmening med egen text är tom och skrivs inte ut.');
    }
  };

  const readAddition = (item: JSONContent, context: Context) => {
    const paragraphs: string[] = [];
    visitChildren(item, { ...context, prose: paragraphs });
    const text = paragraphs.join(' ');
    if (text.trim() !== '') context.decisionText.additions.push(text);
  };

  const readVote = (node: JSONContent, context: Context): VoteDraft => {
    const vote: VoteDraft = {
      yesFor: textAttribute(node, 'yesFor'),
      noFor: textAttribute(node, 'noFor'),
      yes: [],
      no: [],
      abstained: [],
      counts: {
        yes: countAttribute(node, 'countYes'),
        no: countAttribute(node, 'countNo'),
        abstained: countAttribute(node, 'countAbstained'),
      },
    };
    let listIndex = 0;
    for (const child of jsonChildren(node)) {
      if (child.type !== 'personList') {
        visit(child, context);
        continue;
      }
      // The purpose names the list; a list without a usable one counts by its place (yes, no, abstained).
      const purpose = textAttribute(child, 'purpose');
      const key = VOTE_LISTS.find((list) => list === purpose) ?? VOTE_LISTS[listIndex];
      listIndex += 1;
      if (key) addPeople(child, vote[key], context);
      else problems.push('En votering har fler än tre personlistor; de överskjutande skrivs inte ut.');
    }
    return vote;
  };

  const visit = (node: JSONContent, context: Context): void => {
    switch (node.type) {
      case 'protocolHeader':
        if (node !== header) problems.push('Dokumentet har mer än ett huvud; bara det första används.');
        return;
      case 'protocolSection':
        visitChildren(node, { ...context, prose: proseOfSection(textAttribute(node, 'sectionId')) });
        return;
      case 'decisionSentence':
        readSentence(node, context.decisionText);
        return;
      case 'numberedAdditions':
        for (const child of jsonChildren(node)) {
          if (child.type === 'additionItem') readAddition(child, context);
          else visitChildren({ content: [child] }, { ...context, prose: context.decisionText.additions });
        }
        return;
      case 'additionItem':
        readAddition(node, context);
        return;
      case 'proposal': {
        let id = textAttribute(node, 'proposalId');
        if (id === '') {
          unnamedProposals += 1;
          id = `förslag-utan-id-${unnamedProposals}`;
          problems.push('Ett förslag saknar id och kan inte väljas i beslutsgång, votering eller reservation.');
        }
        const kind = textAttribute(node, 'kind') === 'administration' ? 'administration' : 'own';
        const proposal: ProposalDraft = { type: 'proposal', id, kind, proposers: [], paragraphs: [], additions: [] };
        drafts.blocks.push(proposal);
        visitChildren(node, { prose: proposal.paragraphs, decisionText: proposal, people: proposal.proposers });
        return;
      }
      case 'proposalsClosing':
        drafts.blocks.push({ type: 'proposalsClosing' });
        return;
      case 'decisionProcedure': {
        const procedure: ProcedureDraft = {
          type: 'decisionProcedure',
          winningProposal: textAttribute(node, 'winningProposal'),
        };
        drafts.blocks.push(procedure);
        for (const child of jsonChildren(node)) {
          if (child.type !== 'vote') visitChildren({ content: [child] }, context);
          else if (procedure.vote) problems.push('En beslutsgång har mer än en votering; bara den första används.');
          else procedure.vote = readVote(child, context);
        }
        return;
      }
      case 'vote':
        problems.push('En votering står utanför beslutsgången och skrivs inte ut.');
        readVote(node, context);
        return;
      case 'reservation': {
        const reservation = {
          type: 'reservation' as const,
          reservants: [] as Person[],
          inFavourOf: textAttribute(node, 'inFavourOf'),
          quoted: [] as string[],
          ...headingNumber(textAttribute(node, 'heading')),
        };
        drafts.blocks.push(reservation);
        visitChildren(node, { ...context, prose: reservation.quoted, people: reservation.reservants });
        return;
      }
      case 'statement': {
        const kindAttribute = textAttribute(node, 'kind');
        const kind = statementKinds.find((candidate) => candidate === kindAttribute) ?? 'sarskilt_uttalande';
        if (kind !== kindAttribute)
          problems.push(`Uttalandet har den okända sorten "${kindAttribute}"; det skrivs ut som särskilt uttalande.`);
        const statement: StatementBlock = { type: 'statement', kind, authors: [], paragraphs: [] };
        drafts.blocks.push(statement);
        visitChildren(node, { ...context, prose: statement.paragraphs, people: statement.authors });
        return;
      }
      case 'attachmentRow': {
        const documentNumber = textAttribute(node, 'documentNumber');
        const status = textAttribute(node, 'status');
        const title = inlineText(jsonChildren(node)).trim();
        const date = textAttribute(node, 'date');
        const revisedDate = textAttribute(node, 'revisedDate');
        // A row not yet filled in (just added) is no document of the matter.
        if (documentNumber === '' && status === '' && title === '' && date === '') return;
        drafts.rows.push({
          // Organisations that list documents by date leave the number empty.
          ...(documentNumber === '' && date !== '' ? {} : { documentNumber }),
          ...(status === '' ? {} : { status }),
          title,
          ...(date === '' ? {} : { date }),
          ...(revisedDate === '' ? {} : { revisedDate }),
        });
        return;
      }
      case 'attachmentList':
        if (!drafts.blocks.some((block) => block.type === 'attachmentsPlace'))
          drafts.blocks.push({ type: 'attachmentsPlace' });
        visitChildren(node, context);
        return;
      case 'procedureBlock': {
        const json = jsonParse(textAttribute(node, 'block'));
        const parsed = paragraphBlockSchema.safeParse(json);
        const block = parsed.success ? parsed.data : undefined;
        if (block && (procedureBlockTypes as readonly string[]).includes(block.type)) {
          drafts.blocks.push(block as ProcedureBlockDraft);
        } else if (
          !parsed.success &&
          (procedureBlockTypes as readonly unknown[]).includes((json as { type?: unknown })?.type)
        ) {
          // A block the secretary is still filling in: say what is missing, as its form does.
          problems.push(
            `Ett block är inte färdigt ifyllt och skrivs inte ut: ${parsed.error.issues[0]?.message ?? ''}`,
          );
        } else problems.push('Ett block i beslutsgången är trasigt och skrivs inte ut.');
        return;
      }
      case 'bulletList':
        // A bulleted list in a decision or proposal is its unnumbered items; elsewhere it is prose.
        if (context.prose === context.decisionText.paragraphs) {
          const items: string[] = [];
          visitChildren(node, { ...context, prose: items });
          context.decisionText.bullets = [...(context.decisionText.bullets ?? []), ...items];
        } else visitChildren(node, context);
        return;
      case 'personList':
        if (context.people) {
          addPeople(node, context.people, context);
          return;
        }
        problems.push('En lista med personer står utanför förslag, reservationer och uttalanden och skrivs inte ut.');
        return;
      case 'person':
        if (context.people) context.people.push(readPerson(node));
        else problems.push('En person står utanför förslag, reservationer och uttalanden och skrivs inte ut.');
        return;
      default:
        // StarterKit blocks (headings, lists, quotes) and nodes this version does not know: their text is prose.
        visitChildren(node, context);
        return;
    }
  };

  visitChildren({ content: [...nodes] }, { prose: drafts.stray, decisionText: drafts.decision, people: undefined });
  return drafts;
}

function jsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An 'according' or 'recommend' decision sentence from its stored mentions, or undefined when they are unusable. */
function readMentioningSentence(kind: 'according' | 'recommend', mentions: string): DecisionSentence | undefined {
  const parsed = paragraphBlockSchema.safeParse({
    type: 'decision',
    sentence: { kind, ...(jsonParse(mentions) as object | undefined) },
    paragraphs: [],
    additions: [],
  });
  return parsed.success && parsed.data.type === 'decision' ? parsed.data.sentence : undefined;
}

function headingNumber(value: string): { heading?: 'singular' | 'plural' } {
  return value === 'singular' || value === 'plural' ? { heading: value } : {};
}
