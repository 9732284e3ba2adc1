/**
 * Gathers an article's attributions by who made them, as the sidebar lists them: one entry per
 * source with every claim, named sources apart from anonymous and unnamed ones, plus the share
 * of claims on each side (the article's "sourcing profile").
 */
import type { Attribution, SourceType } from '@/utils/attribution';

/** One claim as the sidebar shows it. */
export interface ClaimItem {
  id: string;
  claim: string;
}

/** One source and everything attributed to it in the article. */
export interface SourceEntry {
  key: string;
  name: string;
  /** The fullest description the article gives. */
  description: string;
  sourceType: SourceType;
  anonymous: boolean;
  claims: ClaimItem[];
}

/** Named and anonymous sources, most-cited first, and the profile shares (0..1). */
export interface SourceGroups {
  named: SourceEntry[];
  anonymous: SourceEntry[];
  namedClaims: number;
  anonymousClaims: number;
  /** Share of claims from named sources; 0 when there are no claims. */
  namedShare: number;
}

/** Same person or body: case, punctuation and a leading article ignored ("The Council" = "council"). */
function sourceKey(a: Attribution): string {
  const name = a.resolvedSource.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/^(the|a|an) /, '').trim();
  return `${a.anonymous ? 'anon' : 'named'}:${name}`;
}

/** Groups attributions by source; order of first appearance breaks ties in claim counts. */
export function groupSources(attributions: readonly Attribution[]): SourceGroups {
  const entries = new Map<string, SourceEntry>();
  for (const a of attributions) {
    const key = sourceKey(a);
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        key,
        name: a.resolvedSource.name,
        description: a.resolvedSource.description,
        sourceType: a.resolvedSource.sourceType ?? a.sourceType,
        anonymous: a.anonymous,
        claims: [],
      };
      entries.set(key, entry);
    }
    if (a.resolvedSource.description.length > entry.description.length) entry.description = a.resolvedSource.description;
    entry.claims.push({ id: a.id, claim: a.claim });
  }
  const all = [...entries.values()];
  const byCount = (x: SourceEntry, y: SourceEntry) => y.claims.length - x.claims.length;
  const named = all.filter((e) => !e.anonymous).sort(byCount);
  const anonymous = all.filter((e) => e.anonymous).sort(byCount);
  const namedClaims = named.reduce((n, e) => n + e.claims.length, 0);
  const anonymousClaims = anonymous.reduce((n, e) => n + e.claims.length, 0);
  const total = namedClaims + anonymousClaims;
  return { named, anonymous, namedClaims, anonymousClaims, namedShare: total === 0 ? 0 : namedClaims / total };
}

/** Words a reader understands for each source type (the engine's ids are for code). */
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'named-person': 'Named person',
  'named-organization': 'Named organisation',
  document: 'Document',
  'unnamed-person': 'Unnamed person',
  'unnamed-group': 'Unnamed group',
  'anonymous-source': 'Anonymous source',
};
