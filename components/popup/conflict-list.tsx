/** "Conflicting claims": both claims side by side, grouped by story, each linking to its passage. */
import { textFragmentUrl } from '@/utils/anchoring/text-fragment';
import type { ConflictMessage, ConflictSideMessage } from '@/utils/messages';
import { groupConflictsByStory } from './conflict-groups';

/** Props: conflicts newest first, how many there are in all, and the actions. */
export interface ConflictListProps {
  conflicts: ConflictMessage[] | null;
  total: number;
  onDismiss: (conflict: ConflictMessage) => void;
  onShowMore: () => void;
}

const KIND_LABELS: Record<ConflictMessage['kind'], string> = {
  'denial-vs-assertion': 'Denial',
  'opposite-polarity': 'Opposite claims',
  'numeric-disagreement': 'Numbers disagree',
};

/** Shared date formatter (one per list, not one per claim). */
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function ClaimSide({ side, label }: { side: ConflictSideMessage; label: string }) {
  const claim = side.claim.length > 280 ? `${side.claim.slice(0, 280)}…` : side.claim;
  return (
    <div class="conflict-side" role="group" aria-label={label}>
      <p class="conflict-source">
        <strong>{side.sourceName || 'Unknown source'}</strong>{' '}
        <span class={`source-type source-${side.anonymous ? 'anonymous' : 'named'}`}>{side.anonymous ? 'anonymous' : 'named'}</span>
      </p>
      <blockquote class="conflict-claim">{claim}</blockquote>
      <p class="note-meta">
        <a href={textFragmentUrl(side.pageUrl, side.quote)} target="_blank" rel="noreferrer">
          {side.pageTitle}
        </a>
        {side.site && ` · ${side.site}`} · <time dateTime={new Date(side.readAt).toISOString()}>{DAY.format(side.readAt)}</time>
      </p>
    </div>
  );
}

/** The section; shows a line while loading and when there is nothing to show. */
export function ConflictList({ conflicts, total, onDismiss, onShowMore }: ConflictListProps) {
  return (
    <section aria-label="Conflicting claims">
      <h2>Conflicting claims{total > 0 && ` (${total})`}</h2>
      {conflicts === null ? (
        <p class="muted">Loading…</p>
      ) : conflicts.length === 0 ? (
        <p class="muted">No conflicting claims among the pages you have read.</p>
      ) : (
        groupConflictsByStory(conflicts).map((group) => (
          <div class="conflict-story" key={group.key}>
            <h3>{group.title}</h3>
            <ul class="conflicts" aria-label={`Conflicts: ${group.title}`}>
              {group.conflicts.map((conflict) => (
                <li class="conflict" key={conflict.id} data-kind={conflict.kind}>
                  <p class="conflict-reason">
                    <span class="conflict-kind">{KIND_LABELS[conflict.kind]}:</span> {conflict.reason}
                  </p>
                  <div class="conflict-sides">
                    <ClaimSide side={conflict.a} label="Earlier claim" />
                    <ClaimSide side={conflict.b} label="Later claim" />
                  </div>
                  <button type="button" onClick={() => onDismiss(conflict)}>
                    Not a conflict
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {conflicts && conflicts.length < total && (
        <button type="button" onClick={onShowMore}>
          Show more conflicts
        </button>
      )}
    </section>
  );
}
