import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps, useEditorState } from '@tiptap/react';
import { useId } from 'react';
import { TextField } from './fields/TextField';
import { protocolContextOf } from './live/protocolContext';
import { rowProblems } from './live/rowProblems';
import { useProtocolContext } from './live/useProtocolContext';

/**
 * One document of the matter: number and status as fields, the title as editable text. The domain's checks of the
 * number (against the header's case number and the list's other rows) are shown beside the row they concern.
 */
export function AttachmentRowView({ editor, node, getPos, updateAttributes }: ReactNodeViewProps) {
  const labelId = useId();
  const documentNumber = typeof node.attrs.documentNumber === 'string' ? node.attrs.documentNumber : '';
  const status = typeof node.attrs.status === 'string' ? node.attrs.status : '';
  const date = typeof node.attrs.date === 'string' ? node.attrs.date : '';
  const revisedDate = typeof node.attrs.revisedDate === 'string' ? node.attrs.revisedDate : '';
  // Organisations whose template phrases attachment rows list documents by date (version 2).
  const dated = useProtocolContext(editor, (context) => context.template.sentences?.attachmentRow !== undefined);
  // The row's number and problems depend on its siblings and on the header: both change without this node changing.
  const { index, problems } = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { doc } = current.state;
      const pos = getPos();
      if (typeof pos !== 'number' || pos > doc.content.size) return { index: -1, problems: [] as string[] };
      const $pos = doc.resolve(pos);
      const numbers: string[] = [];
      $pos.parent.forEach((row) => {
        numbers.push(String(row.attrs.documentNumber ?? ''));
      });
      const rowIndex = $pos.index();
      return { index: rowIndex, problems: rowProblems(protocolContextOf(doc).caseNumber, numbers, rowIndex) };
    },
  });

  return (
    <NodeViewWrapper className="attachment-row" role="group" aria-labelledby={labelId}>
      <div className="attachment-row__fields" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <span id={labelId} className="attachment-row__label">
          {index >= 0 ? `Handling ${index + 1}` : 'Handling'}
        </span>
        <TextField
          label="Dokumentnummer"
          hint="T.ex. HL 2019/310-1"
          value={documentNumber}
          error={problems.length > 0 ? problems.join(' ') : undefined}
          onChange={(value) => updateAttributes({ documentNumber: value })}
        />
        <TextField label="Status (valfri)" value={status} onChange={(value) => updateAttributes({ status: value })} />
        {dated && (
          <>
            <TextField
              label="Datum"
              hint="ÅÅÅÅ-MM-DD"
              value={date}
              onChange={(value) => updateAttributes({ date: value })}
            />
            <TextField
              label="Reviderad (valfri)"
              hint="ÅÅÅÅ-MM-DD"
              value={revisedDate}
              onChange={(value) => updateAttributes({ revisedDate: value })}
            />
          </>
        )}
      </div>
      <div className="attachment-row__title">
        <span className="attachment-row__title-label" contentEditable={false} suppressContentEditableWarning>
          Rubrik:
        </span>
        <NodeViewContent className="attachment-row__title-text" />
      </div>
    </NodeViewWrapper>
  );
}
