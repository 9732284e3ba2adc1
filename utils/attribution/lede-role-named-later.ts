/**
 * "…, a coroner has concluded." then "the senior coroner for Manchester South, Alison Mercer,
 * said …": a lede gives the role and the story names its one holder a few paragraphs on. The
 * lede's source is that person, named, not an unnamed one: a reader would take it as anonymous
 * sourcing. Only offices a story has one holder of are read so (a coroner, a judge, a mayor), only in
 * the headline and lede, and only when exactly one named person later bears the role.
 */
import type { Entity, Mention } from './source-entity';
import { headPattern } from './head-patterns';
import type { DescribedSource } from './source-typing';
import type { AttributionSpans } from './types';

/** Offices a news story has one holder of. */
const ONE_HOLDER_ROLES: ReadonlySet<string> = new Set([
  'coroner', 'judge', 'magistrate', 'mayor', 'governor', 'coach', 'headteacher', 'headmaster', 'headmistress', 'principal',
  'bishop', 'archbishop', 'referee', 'sheriff', 'ombudsman', 'chancellor', 'premier', 'chairman', 'chairwoman', 'chair',
]);
/** A role alone, maybe with a rank or a court: "a coroner", "the senior coroner", "a High Court judge". */
const ROLE_ALONE = /^(?:a|an|the)\s+(?:(?:senior|chief|assistant|deputy|area|local|state|federal|district|circuit|county|high court|crown court|family court|supreme court|appeals court)\s+)?([\p{Ll}-]+)$/iu;
/** How far into the text a lede's source may start: the headline and the first paragraph or two. */
const LEDE_REACH = 700;

/** The one named person the text later gives a role, or null when none or several. */
function soleHolder(role: string, after: number, mentions: readonly Mention[]): Entity | null {
  const pattern = headPattern(role);
  let holder: Entity | null = null;
  for (const m of mentions) {
    if (m.start <= after || m.name !== true || m.entity.type !== 'named-person' || !pattern.test(m.entity.description)) continue;
    if (holder !== null && holder !== m.entity) return null;
    holder = m.entity;
  }
  return holder;
}

/** Gives each lede source that is only a one-holder role the person the story names in it, in place. */
export function nameLedeRolesLater(text: string, found: readonly AttributionSpans[], entities: Entity[], out: DescribedSource[], mentions: readonly Mention[]): void {
  for (let i = 0; i < found.length; i++) {
    const source = found[i].source;
    if (source === null || source.start > LEDE_REACH || entities[i].type !== 'unnamed-person') continue;
    const role = ROLE_ALONE.exec(text.slice(source.start, source.end))?.[1]?.toLowerCase();
    if (role === undefined || !ONE_HOLDER_ROLES.has(role)) continue;
    const holder = soleHolder(role, source.end, mentions);
    if (holder === null) continue;
    entities[i] = holder;
    out[i] = { ...out[i], sourceType: holder.type, resolvedSource: { name: holder.name, description: holder.description, sourceType: holder.type } };
  }
}
