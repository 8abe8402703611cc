import type { ParagraphBlock } from '../../model/paragraphBlockSchema';
import type { MotionItem } from '../../model/procedureBlockSchemas';
import { swedishDateInWords } from '../../phrase/swedishDateInWords';
import { joinSwedishList } from '../../phrasing/joinSwedishList';
import { quoteParagraphs } from '../../phrasing/quoteParagraphs';
import type { RenderBlock } from '../renderBlock';
import { renderPropositionSteps } from './renderPropositionSteps';
import type { SentenceContext } from './sentenceContext';

const text = (value: string): RenderBlock => ({ kind: 'text', text: value });

/**
 * A block as a version-2 template phrases it, or undefined when version 1's phrasing applies (the summary, and the
 * blocks of a version-1 paragraph that the template keeps in version-1 wording).
 */
export function renderVersion2Block(block: ParagraphBlock, context: SentenceContext): RenderBlock[] | undefined {
  const { template, paragraph } = context;
  const board = paragraph.header.board;
  switch (block.type) {
    case 'writtenProposal':
      return [];
    case 'decision': {
      const sentence = block.sentence;
      if (sentence?.kind !== 'according' && sentence?.kind !== 'recommend') return undefined;
      const basis = context.mention(sentence.basis, 'decision');
      const opening =
        sentence.kind === 'according'
          ? context.required('decisionAccording', {
              board,
              basis,
              amendments: joinSwedishList(sentence.amendedBy.map((mention) => context.mention(mention, 'decision'))),
            })
          : context.required('decisionRecommend', { board, basis, to: sentence.to });
      return [
        text(opening),
        ...block.paragraphs.map(text),
        ...block.additions.map(
          (addition, index): RenderBlock => ({ kind: 'numberedItem', number: index + 1, text: addition }),
        ),
        ...(block.bullets ?? []).map((bullet) => text(`• ${bullet}`)),
      ];
    }
    case 'motion': {
      const items = block.items.map(({ item }) => motionItemText(item, context));
      let joined = items[0]!;
      block.items.slice(1).forEach(({ conjunction }, index) => {
        joined += `${index === items.length - 2 ? ` ${conjunction ?? 'och'} ` : conjunction ? ` ${conjunction} ` : ', '}${items[index + 1]}`;
      });
      const sentence = context.required('motion', { movers: context.people(block.movers), items: joined });
      context.noteMentioned(block.movers);
      return [text(sentence)];
    }
    case 'propositions':
      return renderPropositionSteps(block, context).map(text);
    case 'voteRound': {
      const marks = paragraph.quotationMarks ?? template.quotationMarks;
      const { proposition } = block;
      const propositionText =
        proposition.type === 'betweenProposals'
          ? context.required('propositionBetweenProposals', {
              yes: context.mention(proposition.yes, 'vote'),
              no: context.mention(proposition.no, 'vote'),
            })
          : proposition.type === 'approveOrReject'
            ? context.required('propositionApproveOrReject', {
                target: context.mention(proposition.target, 'vote'),
                yesApproves: proposition.yesApproves,
              })
            : context.required('propositionReferralOrDecision', { yesRefers: proposition.yesRefers });
      const counts = block.counts ?? { yes: block.yes.length, no: block.no.length, abstained: block.abstained.length };
      const list = (
        key: 'voteYes' | 'voteNo' | 'voteAbstained',
        people: typeof block.yes,
        count: number,
        conjunction?: 'och' | 'samt',
      ) => (people.length > 0 ? [context.required(key, { voters: context.people(people, conjunction), count })] : []);
      const result = context.sentence('voteResult', {
        yesCount: counts.yes,
        noCount: counts.no,
        abstainedCount: counts.abstained,
      });
      return [
        context.required('voteProposition', {
          proposition: propositionText,
          quoteOpen: marks.open,
          quoteClose: marks.close,
          fullStopOutside: marks.fullStop === 'outside',
        }),
        ...list('voteYes', block.yes, counts.yes, block.conjunctions?.yes),
        ...list('voteNo', block.no, counts.no, block.conjunctions?.no),
        ...list('voteAbstained', block.abstained, counts.abstained, block.conjunctions?.abstained),
        ...(result === undefined ? [] : [result]),
      ].map(text);
    }
    case 'protocolNote': {
      const authors = joinSwedishList([
        ...(block.authors.length > 0 ? [context.people(block.authors)] : []),
        ...(block.authorParties.length > 0
          ? [context.required('partyRepresentatives', { parties: joinSwedishList(block.authorParties) })]
          : []),
      ]);
      const { content } = block;
      if (content.type === 'text')
        return [text(context.required('noteText', { authors })), ...content.paragraphs.map(text)];
      if (content.type === 'documents') {
        const dates = joinSwedishList(content.dates.map((date) => `den ${swedishDateInWords(date)}`));
        return [text(context.required('noteDocuments', { authors, count: content.dates.length, dates }))];
      }
      return [
        text(
          context.required('noteNotParticipating', { authors, regarding: context.mention(content.regarding, 'note') }),
        ),
      ];
    }
    case 'earlierHandling': {
      const tablings = joinSwedishList(
        block.tablings.map((tabling) =>
          context.required('tabling', { date: tabling.date, paragraphNumber: tabling.paragraphNumber }),
        ),
      );
      return [text(context.required('earlierHandling', { tablings }))];
    }
    case 'extractRecipients':
      return block.recipients.map(text);
    case 'reservation': {
      if (template.sentences?.reservationWithoutProposal === undefined) return undefined;
      const reservants = context.people(block.reservants);
      const proposal = block.inFavourOf === undefined ? '' : context.mention({ to: block.inFavourOf }, 'reservation');
      if (block.quotedParagraphs && block.quotedParagraphs.length > 0) {
        const reasons =
          template.sentences.reservationWithReasons === undefined
            ? [
                {
                  kind: 'quote',
                  paragraphs: quoteParagraphs(
                    block.quotedParagraphs,
                    paragraph.quotationMarks ?? template.quotationMarks,
                  ),
                } as RenderBlock,
              ]
            : block.quotedParagraphs.map(text);
        return [text(context.required('reservationWithReasons', { reservants, proposal })), ...reasons];
      }
      return [
        text(
          block.inFavourOf === undefined
            ? context.required('reservationWithoutProposal', { reservants })
            : context.required('reservationInFavour', { reservants, proposal }),
        ),
      ];
    }
    case 'attachments': {
      if (template.sentences?.attachmentRow === undefined) return undefined;
      const pattern = template.sentences.attachmentRow;
      return block.rows.map((row) =>
        row.documentNumber !== undefined && !pattern.includes('documentNumber')
          ? ({
              kind: 'attachment',
              documentNumber: row.documentNumber,
              ...(row.status ? { status: row.status } : {}),
              title: row.title,
            } as RenderBlock)
          : text(context.required('attachmentRow', { ...row })),
      );
    }
    default:
      return undefined;
  }
}

function motionItemText(item: MotionItem, context: SentenceContext): string {
  const mention = (target: Parameters<SentenceContext['mention']>[0]) => context.mention(target, 'motion');
  switch (item.type) {
    case 'approve':
      return context.required('motionApprove', { targets: joinSwedishList(item.targets.map(mention)) });
    case 'reject':
      return context.required('motionReject', { targets: joinSwedishList(item.targets.map(mention)) });
    case 'rejectOthers':
      return context.required('motionRejectOthers', {});
    case 'refer':
      return context.required('motionRefer', { target: context.view(item.target) });
    case 'decideToday':
      return context.required('motionDecideToday', {});
    case 'announceNonParticipation':
      return context.required('motionAnnounceNonParticipation', { parties: joinSwedishList(item.parties) });
  }
}
