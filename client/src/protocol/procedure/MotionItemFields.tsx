import type { MotionItem, ProposalMention } from '@yttra/domain';
import { useEditable } from '../editableContext';
import { SelectField } from '../fields/SelectField';
import type { BlockProblems } from './blockProblems';
import { MentionField } from './MentionField';
import { PartiesField } from './PartiesField';
import type { BlockPath } from './setAtPath';

const ITEM_TYPES = [
  { value: 'approve', label: 'Bifall till' },
  { value: 'reject', label: 'Avslag på' },
  { value: 'rejectOthers', label: 'Avslag på övriga yrkanden' },
  { value: 'refer', label: 'Återremiss enligt' },
  { value: 'decideToday', label: 'Avgörande vid dagens sammanträde' },
  { value: 'announceNonParticipation', label: 'Anmälan att ledamöter inte deltar' },
] as const;

const emptyItem = (type: MotionItem['type']): unknown => {
  switch (type) {
    case 'approve':
    case 'reject':
      return { type, targets: [{ to: '' }] };
    case 'refer':
      return { type, target: { to: '' } };
    case 'announceNonParticipation':
      return { type, parties: [] };
    default:
      return { type };
  }
};

interface MotionItemFieldsProps {
  item: MotionItem;
  path: BlockPath;
  set: (path: BlockPath, value: unknown) => void;
  problems: BlockProblems;
  /** "Yrkande 2": the legend of the item's own fields. */
  name: string;
}

/** One thing a member moves (bifall till …, avslag på övriga yrkanden, återremiss …), with what it is about. */
export function MotionItemFields({ item, path, set, problems, name }: MotionItemFieldsProps) {
  const editable = useEditable();
  const targets: Partial<ProposalMention>[] = 'targets' in item ? item.targets : [];
  return (
    <>
      <SelectField
        label={`${name}: vad`}
        value={item.type}
        choices={ITEM_TYPES}
        onChange={(type) => set(path, emptyItem(type as MotionItem['type']))}
      />
      {(item.type === 'approve' || item.type === 'reject') && (
        <>
          {targets.map((target, index) => (
            // Targets have no identity beyond their order in the sentence.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div key={index} className="procedure-form__row">
              <MentionField
                label={targets.length > 1 ? `Förslag ${index + 1}` : 'Förslag'}
                sentenceKind="motion"
                value={target}
                error={problems.at([...path, 'targets', index, 'to']) ?? problems.at([...path, 'targets'])}
                onChange={(mention) => set([...path, 'targets', index], mention)}
              />
              {editable && targets.length > 1 && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Ta bort förslag ${index + 1} ur ${name}`}
                  onClick={() =>
                    set(
                      [...path, 'targets'],
                      targets.filter((_, at) => at !== index),
                    )
                  }
                >
                  Ta bort
                </button>
              )}
            </div>
          ))}
          {editable && (
            <button
              type="button"
              className="button button--small"
              onClick={() => set([...path, 'targets'], [...targets, { to: '' }])}
            >
              Lägg till förslag i {name.toLocaleLowerCase('sv-SE')}
            </button>
          )}
        </>
      )}
      {item.type === 'refer' && (
        <MentionField
          label="Återremissyrkande"
          sentenceKind="motion"
          value={item.target}
          error={problems.at([...path, 'target', 'to'])}
          onChange={(mention) => set([...path, 'target'], mention)}
        />
      )}
      {item.type === 'announceNonParticipation' && (
        <PartiesField
          label="Ledamöterna från"
          parties={item.parties}
          error={problems.at([...path, 'parties'])}
          onChange={(parties) => set([...path, 'parties'], parties)}
        />
      )}
    </>
  );
}
