import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { BlockLabel } from './BlockLabel';
import { useEditable } from './editableContext';
import { GeneratedText } from './fields/GeneratedText';
import { liveProcedureSentences } from './live/liveProcedureSentences';
import { liveReservation } from './live/liveSentences';
import { paragraphTextsOf, peopleOf } from './live/peopleOfNode';
import { useProtocolContext } from './live/useProtocolContext';
import { ProposalSelect } from './ProposalSelect';
import { HeadingNumberField } from './procedure/HeadingNumberField';
import { RemoveBlockButton } from './RemoveBlockButton';

/**
 * A reservation: in favour of which proposal, the generated sentence, (as content) the reservants and any written
 * reasons, and a preview of what the protocol quotes: the written reasons, or else the favoured proposal.
 */
export function ReservationView({ editor, node, getPos, updateAttributes }: ReactNodeViewProps) {
  const labelId = useId();
  const editable = useEditable();
  const inFavourOf = typeof node.attrs.inFavourOf === 'string' ? node.attrs.inFavourOf : '';
  const { paragraph, template } = useProtocolContext(editor, ({ paragraph, template }) => ({ paragraph, template }));
  const writtenParagraphs = paragraphTextsOf(node);
  const reservants = peopleOf(node);
  const live = liveReservation({ reservants, inFavourOf, writtenParagraphs }, paragraph, template);
  // A version-2 template phrases reservations itself (roles grouped, "till förmån för det egna yrkandet",
  // reasons as the reservants' own text rather than a quote).
  const version2 = template.sentences?.reservationWithoutProposal !== undefined && reservants.length > 0;
  const [version2Sentence] = version2
    ? liveProcedureSentences(
        {
          type: 'reservation',
          reservants,
          ...(inFavourOf === '' ? {} : { inFavourOf }),
          ...(writtenParagraphs.length > 0 ? { quotedParagraphs: writtenParagraphs } : {}),
        },
        paragraph,
        template,
      )
    : [];
  const hasParagraph = node.childCount > 1;

  const addReasons = () => {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    const end = pos + node.nodeSize - 1;
    editor
      .chain()
      .focus()
      .insertContentAt(end, { type: 'paragraph' })
      .setTextSelection(end + 1)
      .run();
  };

  return (
    <NodeViewWrapper className="block block--reservation" role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>Reservation</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName="Reservation" />
        <ProposalSelect
          editor={editor}
          label="Till förmån för"
          emptyLabel="Inget förslag"
          administrationFirst
          includeMotions
          value={inFavourOf}
          onChange={(value) => updateAttributes({ inFavourOf: value })}
        />
        <HeadingNumberField
          kind="reservation"
          template={template}
          value={node.attrs.heading}
          onChange={(heading) => updateAttributes({ heading: heading ?? '' })}
        />
      </div>
      <GeneratedText live={version2Sentence ?? live.sentence} name="reservation" />
      <NodeViewContent className="block__content" />
      {editable && !hasParagraph && (
        <div className="block__actions" contentEditable={false} suppressContentEditableWarning data-node-controls>
          <button type="button" className="button button--small" onClick={addReasons}>
            Skriv egen motivering
          </button>
        </div>
      )}
      {!version2 && live.quote.length > 0 && writtenParagraphs.length === 0 && (
        <figure
          className="generated-quote"
          contentEditable={false}
          suppressContentEditableWarning
          data-generated="reservation-quote"
        >
          <figcaption className="generated-quote__caption">Citeras i protokollet</figcaption>
          <blockquote>
            {live.quote.map((text, index) => (
              // Quoted paragraphs are plain strings in a fixed order.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <p key={index}>{text}</p>
            ))}
          </blockquote>
        </figure>
      )}
    </NodeViewWrapper>
  );
}
