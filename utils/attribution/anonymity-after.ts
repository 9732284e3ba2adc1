/**
 * "Two employees told Reuters that staff were locked out. They asked not to be identified for fear
 * of losing their severance.": a source kept unnamed on purpose, said in the sentence after its
 * statement. The unnamed person or group that sentence goes back to is an anonymous source, in
 * every reading of theirs.
 */
import type { Entity } from './source-entity';
import type { AttributionSpans } from './types';
import type { DescribedSource } from './source-typing';

/** A sentence whose subject asked for anonymity or was given it. */
const ANONYMITY_AFTER = /(?:^|[.!?]["”’]?\s+)((They|He|She|Both|The\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:asked|requested|spoke|were\s+granted|was\s+granted|agreed\s+to\s+speak|declined\s+to\s+be)\b[^.!?]{0,80}?\b(?:anonymity|not\s+to\s+be\s+(?:named|identified|quoted)|without\s+being\s+(?:named|identified)))/gu;
/** How far back, in characters, the statement may stand. */
const REACH = 600;

/** Whether the subject of the anonymity sentence can be the entity. */
function fits(subject: string, entity: Entity): boolean {
  if (entity.type !== 'unnamed-person' && entity.type !== 'unnamed-group') return false;
  if (subject === 'They' || subject === 'Both') return entity.type === 'unnamed-group';
  if (subject === 'He' || subject === 'She') return entity.type === 'unnamed-person';
  const noun = subject.split(/\s+/u).pop()!.toLowerCase();
  return `${entity.name} ${entity.description}`.toLowerCase().includes(noun.replace(/s$/u, ''));
}

/** The entities an anonymity sentence goes back to: each the source of the nearest reading before it that fits. */
export function anonymousAfter(text: string, found: readonly AttributionSpans[], entities: readonly Entity[]): Set<Entity> {
  const marked = new Set<Entity>();
  if (!/anonymity|to be (?:named|identified|quoted)|without being/u.test(text)) return marked;
  for (const m of text.matchAll(ANONYMITY_AFTER)) {
    const at = m.index + m[0].indexOf(m[1]);
    const subject = m[2];
    let best = -1;
    let bestAt = -1;
    for (let i = 0; i < found.length; i++) {
      const f = found[i];
      const where = f.source?.start ?? f.cue?.start ?? -1;
      if (where < 0 || where >= at || at - where > REACH || where <= bestAt || !fits(subject, entities[i])) continue;
      best = i;
      bestAt = where;
    }
    if (best >= 0) marked.add(entities[best]);
  }
  return marked;
}

/** Each described source whose entity such a sentence goes back to (or that is in `alsoAnonymous`: a later mention said so), typed an anonymous source. */
export function markAnonymousAfter(text: string, found: readonly AttributionSpans[], entities: readonly Entity[], out: DescribedSource[], alsoAnonymous: ReadonlySet<Entity> = new Set()): void {
  const anonymous = anonymousAfter(text, found, entities);
  for (const e of alsoAnonymous) anonymous.add(e);
  if (anonymous.size === 0) return;
  for (let i = 0; i < out.length; i++) {
    if (!anonymous.has(entities[i])) continue;
    out[i] = { ...out[i], sourceType: 'anonymous-source', resolvedSource: { ...out[i].resolvedSource, sourceType: 'anonymous-source' } };
  }
}
