import { type FormEvent, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import type { MatterDocument, PartyGroup } from '../api/matter';
import { shareDraft } from '../api/mattersApi';
import { ModalDialog } from './ModalDialog';
import { initialShareSelection, shareRequest } from './shareSelection';

interface ShareDialogProps {
  draft: MatterDocument;
  partyGroups: readonly PartyGroup[];
  ownGroupId: string;
  onShared: (groupNames: string[]) => void;
  onClosed: () => void;
}

/** "Dela": which party groups may read and write the draft. The own group keeps it, always. */
export function ShareDialog({ draft, partyGroups, ownGroupId, onShared, onClosed }: ShareDialogProps) {
  const [selection, setSelection] = useState(() =>
    initialShareSelection(
      draft.ownerGroups.map((group) => group.id),
      ownGroupId,
    ),
  );
  const [suggestOnly, setSuggestOnly] = useState(
    () => new Set(draft.ownerGroups.filter((group) => group.suggestOnly).map((group) => group.id)),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = (groupId: string, checked: boolean) =>
    setSelection((current) => {
      const next = new Set(current);
      if (checked) next.add(groupId);
      else next.delete(groupId);
      return next;
    });

  return (
    <ModalDialog title="Dela utkastet" onClosed={onClosed}>
      {(close, describedById) => {
        const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          if (saving) return;
          setSaving(true);
          setError(null);
          const ids = shareRequest(selection, partyGroups, ownGroupId);
          try {
            await shareDraft(
              draft.id,
              ids,
              ids.filter((id) => id !== ownGroupId && suggestOnly.has(id)),
            );
            onShared(partyGroups.filter((group) => ids.includes(group.id)).map((group) => group.name));
            close();
          } catch (failure) {
            setError(describeRequestFailure(failure, 'Det gick inte att dela utkastet. Försök igen.'));
            setSaving(false);
          }
        };
        return (
          <form className="stacked-form" onSubmit={handleSubmit} noValidate aria-busy={saving}>
            <p id={describedById}>
              Välj vilka partigrupper som får läsa och skriva i ”{draft.title}”. En grupp som bara får föreslå ändringar
              kan inte skriva direkt: ni godtar eller avvisar dess förslag. Andra ser utkastet först när det lämnas in.
            </p>
            <fieldset className="choice-group share-groups">
              <legend>Partigrupper</legend>
              {partyGroups.map((group) => {
                const own = group.id === ownGroupId;
                return (
                  <div key={group.id} className="share-group">
                    <label className="choice">
                      <input
                        type="checkbox"
                        name="partyGroupIds"
                        value={group.id}
                        checked={own || selection.has(group.id)}
                        disabled={own}
                        onChange={(event) => toggle(group.id, event.target.checked)}
                      />
                      {group.name}
                      {own && <span className="muted"> (din grupp)</span>}
                    </label>
                    {!own && selection.has(group.id) && (
                      <label className="choice choice--nested">
                        <input
                          type="checkbox"
                          name="suggestOnlyGroupIds"
                          value={group.id}
                          checked={suggestOnly.has(group.id)}
                          onChange={(event) =>
                            setSuggestOnly((current) => {
                              const next = new Set(current);
                              if (event.target.checked) next.add(group.id);
                              else next.delete(group.id);
                              return next;
                            })
                          }
                        />
                        Bara förslag<span className="visually-hidden"> ({group.partyAbbreviation})</span>
                      </label>
                    )}
                  </div>
                );
              })}
            </fieldset>
            {error !== null && (
              <p role="alert" className="form-error">
                {error}
              </p>
            )}
            <div className="form-actions">
              <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
                Spara
              </button>
              <button type="button" className="button" onClick={close}>
                Avbryt
              </button>
            </div>
          </form>
        );
      }}
    </ModalDialog>
  );
}
