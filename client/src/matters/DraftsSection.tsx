import { useState } from 'react';
import { Link } from 'wouter';
import type { MatterDetails, MatterDocument } from '../api/matter';
import { tableDraft, withdrawDraft } from '../api/mattersApi';
import { ConfirmDialog } from './ConfirmDialog';
import { draftKindLabel, joinNames } from './matterLabels';
import { NewDraftForm } from './NewDraftForm';
import { ShareDialog } from './ShareDialog';
import { ownerNames } from './shareSelection';

interface DraftsSectionProps {
  details: MatterDetails;
  ownGroupId: string;
  /** The paragraph is justered: the server refuses new drafts, sharing and tabling, so none is offered. */
  closed: boolean;
  /** Tells what happened (read out by the page's status region) and reloads the matter. */
  onChanged: (message: string) => void;
}

function DraftItem({
  draft,
  owners,
  closed,
  onShare,
  onTable,
  onWithdraw,
}: {
  draft: MatterDocument;
  owners: string[];
  closed: boolean;
  onShare: () => void;
  onTable: () => void;
  onWithdraw: () => void;
}) {
  return (
    <li className="draft">
      <h3 className="draft__title">
        <Link href={`/d/${draft.id}`}>{draft.title}</Link>
      </h3>
      <p className="draft__facts">
        <span>{draftKindLabel(draft.draftKind)}</span>
        <span>Skrivs av {joinNames(owners)}</span>
      </p>
      {(draft.tabledVersions > 0 || draft.changedSinceTabled) && (
        <p className="draft__tags">
          {draft.tabledVersions > 0 && <span className="tag">Inlämnad version {draft.tabledVersions}</span>}
          {draft.changedSinceTabled && <span className="tag tag--warning">Ändrad efter inlämning</span>}
        </p>
      )}
      {draft.access.write && (
        <div className="draft__actions">
          {!closed && (
            <>
              <button type="button" className="button button--small" aria-haspopup="dialog" onClick={onShare}>
                Dela<span className="visually-hidden"> {draft.title}</span>
              </button>
              <button type="button" className="button button--small" aria-haspopup="dialog" onClick={onTable}>
                Lämna in<span className="visually-hidden"> {draft.title}</span>
              </button>
            </>
          )}
          <button type="button" className="button button--small" aria-haspopup="dialog" onClick={onWithdraw}>
            Ta bort<span className="visually-hidden"> {draft.title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** "Våra utkast": the drafts of the member's own group and those shared with it, and a new one. */
export function DraftsSection({ details, ownGroupId, closed, onChanged }: DraftsSectionProps) {
  const [sharing, setSharing] = useState<MatterDocument | null>(null);
  const [tabling, setTabling] = useState<MatterDocument | null>(null);
  const [withdrawing, setWithdrawing] = useState<MatterDocument | null>(null);
  const drafts = details.documents.filter((document) => document.role === 'draft');
  const ownGroup = details.partyGroups.find((group) => group.id === ownGroupId);
  const canCreate = details.role === 'member' && !closed;

  return (
    <section className="matter-section" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Våra utkast</h2>
      <p className="muted">
        Utkast som {ownGroup?.name ?? 'din partigrupp'} skriver eller har fått delade med sig. Andra partier ser dem
        inte förrän de lämnas in.
      </p>
      {closed && (
        <p className="notice notice--info">
          Ärendet är avslutat: paragrafen är justerad. Inga nya utkast kan skrivas, lämnas in eller delas i ärendet.
        </p>
      )}
      {drafts.length === 0 ? (
        <p>Din partigrupp har inga utkast i ärendet än.</p>
      ) : (
        <ul className="draft-list">
          {drafts.map((draft) => (
            <DraftItem
              key={draft.id}
              draft={draft}
              owners={ownerNames(draft.ownerGroups, details.partyGroups, ownGroupId)}
              closed={closed}
              onShare={() => setSharing(draft)}
              onTable={() => setTabling(draft)}
              onWithdraw={() => setWithdrawing(draft)}
            />
          ))}
        </ul>
      )}
      {canCreate && <NewDraftForm matterId={details.matter.id} />}
      {sharing !== null && (
        <ShareDialog
          draft={sharing}
          partyGroups={details.partyGroups}
          ownGroupId={ownGroupId}
          onShared={(names) => onChanged(`”${sharing.title}” delas nu av ${joinNames(names)}.`)}
          onClosed={() => setSharing(null)}
        />
      )}
      {tabling !== null && (
        <ConfirmDialog
          title="Lämna in utkastet"
          message={`Lämna in ”${tabling.title}”? Den inlämnade versionen kan inte ändras.`}
          confirmLabel="Lämna in"
          failureMessage="Det gick inte att lämna in utkastet. Försök igen."
          onConfirm={async () => {
            const version = await tableDraft(tabling.id);
            onChanged(`”${tabling.title}” är inlämnat som version ${version}.`);
          }}
          onClosed={() => setTabling(null)}
        />
      )}
      {withdrawing !== null && (
        <ConfirmDialog
          title="Ta bort utkastet"
          message={
            withdrawing.tabledVersions > 0
              ? `Ta bort ”${withdrawing.title}”? Utkastet försvinner för alla som skriver i det. De inlämnade versionerna finns kvar.`
              : `Ta bort ”${withdrawing.title}”? Utkastet försvinner för alla som skriver i det och kan inte återställas.`
          }
          confirmLabel="Ta bort"
          failureMessage="Det gick inte att ta bort utkastet. Försök igen."
          onConfirm={async () => {
            await withdrawDraft(withdrawing.id);
            onChanged(`”${withdrawing.title}” är borttaget.`);
          }}
          onClosed={() => setWithdrawing(null)}
        />
      )}
    </section>
  );
}
