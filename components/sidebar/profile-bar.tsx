import type { SourceGroups } from '@/utils/page/source-groups';

/** Share of claims by named vs anonymous sources: how much of the story rests on people you can check. */
export function ProfileBar({ groups }: { groups: SourceGroups }) {
  const total = groups.namedClaims + groups.anonymousClaims;
  const named = Math.round(groups.namedShare * 100);
  const label =
    total === 0
      ? 'No attributed claims found'
      : `${named}% of ${total} claims from named sources, ${100 - named}% from anonymous or unnamed sources`;
  return (
    <div class="profile">
      <div class="bar" role="img" aria-label={label} data-named-share={groups.namedShare.toFixed(3)}>
        {total > 0 && <span class="named" style={{ width: `${named}%` }} />}
        {total > 0 && <span class="anonymous" style={{ width: `${100 - named}%` }} />}
      </div>
      <div class="legend" aria-hidden="true">
        <span>Named {groups.namedClaims}</span>
        <span>Anonymous/unnamed {groups.anonymousClaims}</span>
      </div>
    </div>
  );
}
