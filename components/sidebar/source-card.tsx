import { SOURCE_TYPE_LABELS, type SourceEntry } from '@/utils/page/source-groups';
import { isReaderEvent } from './sidebar-shortcut';

/** What the sidebar's cards do when a claim is chosen or focused. */
export interface ClaimActions {
  selectedClaimId: string | null;
  onChooseClaim(id: string): void;
  onFocusClaim(id: string | null): void;
  /** "Add note" on a claim (a note anchored to the claim, written in the popup). */
  onAddNote?(id: string): void;
}

/**
 * One source: who, how the article describes them, their type, and each claim as a button. Only
 * this article's own facts: what other pages read say lives in the extension frame.
 */
export function SourceCard({ entry, actions }: { entry: SourceEntry; actions: ClaimActions }) {
  const headingId = `src-${entry.key.replace(/[^a-z0-9]+/gi, '-')}`;
  const count = entry.claims.length;
  return (
    <li class={`source ${entry.anonymous ? 'anonymous' : 'named'}`} data-source-key={entry.key}>
      <div class="source-name" id={headingId}>{entry.name}</div>
      {entry.description !== entry.name && <p class="description">{entry.description}</p>}
      <div class="source-meta">
        {SOURCE_TYPE_LABELS[entry.sourceType]} · {count} {count === 1 ? 'claim' : 'claims'}
      </div>
      <ul aria-labelledby={headingId}>
        {entry.claims.map((claim) => (
          <li key={claim.id}>
            <button
              type="button"
              class="claim"
              data-claim-id={claim.id}
              aria-current={actions.selectedClaimId === claim.id ? 'true' : undefined}
              aria-label={`${claim.claim} — said by ${entry.name}, ${SOURCE_TYPE_LABELS[entry.sourceType].toLowerCase()}. Show in article.`}
              onClick={(event) => isReaderEvent(event) && actions.onChooseClaim(claim.id)}
              onFocus={() => actions.onFocusClaim(claim.id)}
              onBlur={() => actions.onFocusClaim(null)}
            >
              {claim.claim}
            </button>
            {/* Only the reader's own click counts: a page reaches this button through the open shadow root and can click() it. */}
            {actions.onAddNote && (
              <button type="button" class="add-note" aria-label={`Add note to the claim by ${entry.name}`} onClick={(event) => isReaderEvent(event) && actions.onAddNote?.(claim.id)}>
                Add note
              </button>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
