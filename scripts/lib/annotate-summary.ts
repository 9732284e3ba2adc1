/**
 * The human-readable view of one annotated text: each source once (name, fullest description,
 * type) with its claims under it, in order of first appearance, as a journalist would list them.
 */
import type { Attribution } from '../../utils/attribution';

const MAX_CLAIM = 160;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_CLAIM ? flat : `${flat.slice(0, MAX_CLAIM - 1)}…`;
}

/** Groups attributions by resolved source (name and type) and formats them for a terminal. */
export function formatSummary(label: string, text: string, attributions: readonly Attribution[]): string {
  const groups = new Map<string, { attribution: Attribution; claims: string[] }>();
  for (const a of attributions) {
    const key = `${a.resolvedSource.sourceType}\u0000${a.resolvedSource.name.toLowerCase()}`;
    const group = groups.get(key) ?? { attribution: a, claims: [] };
    if (a.resolvedSource.description.length > group.attribution.resolvedSource.description.length) group.attribution = a;
    group.claims.push(clip(a.claim));
    groups.set(key, group);
  }
  const anonymous = attributions.filter((a) => a.anonymous).length;
  const lines = [
    `== ${label}: ${text.length} chars, ${attributions.length} attributions, ${groups.size} sources (${anonymous} anonymous attributions)`,
  ];
  for (const { attribution, claims } of groups.values()) {
    const { name, description, sourceType } = attribution.resolvedSource;
    const shown = name || '(no explicit source)';
    const more = description && description !== name ? ` (${description})` : '';
    lines.push(`* ${shown}${more} [${sourceType}${attribution.anonymous ? ', anonymous' : ''}]`);
    for (const claim of claims) lines.push(`    - ${claim}`);
  }
  return lines.join('\n');
}
