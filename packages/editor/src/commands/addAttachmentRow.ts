import type { Command } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { findAncestorDepth } from './findAncestorDepth';
import { nodeAtPosition } from './nodeAtPosition';

/** What a new attachment row may start with; everything left out starts empty. */
export interface AttachmentRowFields {
  documentNumber?: string;
  status?: string;
  title?: string;
}

/** See the command's documentation in AttachmentList.ts. */
export function addAttachmentRow(listPos?: number, fields: AttachmentRowFields = {}): Command {
  return ({ tr, dispatch }) => {
    let insertPos: number | undefined;
    if (listPos === undefined) {
      insertPos = positionAfterCursorRow(tr.selection.$from);
    } else {
      const list = nodeAtPosition(tr.doc, listPos);
      if (list?.type.name === 'attachmentList') insertPos = listPos + list.nodeSize - 1;
    }
    if (insertPos === undefined) return false;
    if (dispatch) {
      const { schema } = tr.doc.type;
      const attrs = { documentNumber: fields.documentNumber ?? '', status: fields.status ?? '' };
      const row = schema.nodes.attachmentRow!.create(attrs, fields.title ? schema.text(fields.title) : null);
      tr.insert(insertPos, row);
      // At the end of the new row's title, ready to type it.
      tr.setSelection(TextSelection.create(tr.doc, insertPos + 1 + row.content.size)).scrollIntoView();
    }
    return true;
  };
}

function positionAfterCursorRow($from: ResolvedPos): number | undefined {
  const rowDepth = findAncestorDepth($from, (node) => node.type.name === 'attachmentRow');
  if (rowDepth !== undefined && $from.node(rowDepth - 1).type.name === 'attachmentList') return $from.after(rowDepth);
  const listDepth = findAncestorDepth($from, (node) => node.type.name === 'attachmentList');
  return listDepth === undefined ? undefined : $from.end(listDepth);
}
