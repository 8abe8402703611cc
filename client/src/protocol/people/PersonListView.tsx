import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useProtocolContext } from '../live/useProtocolContext';
import { AddPersonForm } from './AddPersonForm';
import { personListLabel } from './personListLabels';

/**
 * A list of people (proposers, reservants, authors, voters), named by its purpose. The people are child nodes, shown
 * as chips; adding goes through `addPerson`, so each person added is a node of its own and concurrent adds merge.
 */
export function PersonListView({ editor, node, getPos }: ReactNodeViewProps) {
  const parties = useProtocolContext(editor, (context) => context.template.organisation?.parties);
  const labelId = useId();
  const label = personListLabel(node.attrs.purpose);

  const add = (person: Parameters<typeof editor.commands.addPerson>[1]) => {
    const pos = getPos();
    return typeof pos === 'number' && editor.commands.addPerson(pos, person);
  };

  return (
    <NodeViewWrapper
      className="person-list"
      role="group"
      aria-labelledby={labelId}
      data-purpose={String(node.attrs.purpose ?? '')}
    >
      <span id={labelId} className="person-list__label" contentEditable={false} suppressContentEditableWarning>
        {label}
      </span>
      {node.childCount === 0 && (
        <span className="person-list__empty" contentEditable={false} suppressContentEditableWarning>
          Ingen tillagd ännu.
        </span>
      )}
      <NodeViewContent className="person-list__people" />
      <div className="person-list__add" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <AddPersonForm listLabel={label} onAdd={add} parties={parties} />
      </div>
    </NodeViewWrapper>
  );
}
