/**
 * Decides whether two claims on the same subject conflict, and says why in one line. Silent
 * unless a cue is clear: a denial or a negation of the very words the other claim asserts, or
 * the same quantity given two different values.
 */
import type { Claim, Conflict, ConflictKind } from './schema';
import type { StanceReading } from './stance';
import { findNumericDisagreement, type Quantity } from './quantities';

/** What the pairing needs to know about one stored or incoming claim. */
export interface ClaimFeatures {
  claim: Claim;
  keys: Map<string, number>;
  stance: StanceReading;
  quantities: Quantity[];
}

const DISPUTING = new Set(['denial', 'negation']);

/** True when the claim denies or negates something, so it can clash with an assertion. */
export function isDisputing(f: ClaimFeatures): boolean {
  return DISPUTING.has(f.stance.stance);
}

/** A negation clashes only with a claim that asserts the very words it negates. */
export function negationApplies(disputing: ClaimFeatures, other: ClaimFeatures): boolean {
  return disputing.stance.stance !== 'negation' || disputing.stance.negated.some((s) => other.keys.has(s));
}

function who(c: Claim, fallback: string): string {
  return (c.sourceDescription || c.site || c.pageTitle || fallback).trim();
}

function quote(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat}”`;
}

/** The kind and reason when one claim disputes the other, or null when they do not clash. */
function stanceConflict(x: ClaimFeatures, y: ClaimFeatures): { kind: ConflictKind; reason: string; strength: number } | null {
  const xDisputes = DISPUTING.has(x.stance.stance);
  const yDisputes = DISPUTING.has(y.stance.stance);
  if (xDisputes === yDisputes) return null;
  const [d, o] = xDisputes ? [x, y] : [y, x];
  const otherVerb = o.stance.stance === 'hedged' ? 'reports' : 'states';
  if (d.stance.stance === 'denial') {
    const reason = `${who(d.claim, 'One page')} disputes it (${quote(d.claim.text)}); ${who(o.claim, 'another page')} ${otherVerb} ${quote(o.claim.text)}.`;
    return { kind: 'denial-vs-assertion', reason, strength: d.stance.strength };
  }
  if (!negationApplies(d, o)) return null;
  const reason = `${who(d.claim, 'One page')} says the opposite (${quote(d.claim.text)}) of what ${who(o.claim, 'another page')} ${otherVerb} (${quote(o.claim.text)}).`;
  return { kind: 'opposite-polarity', reason, strength: d.stance.strength * 0.9 };
}

/**
 * The conflict between a stored claim and a new one, given how much subject matter they share
 * (0..1); `stored` becomes `a` so the older reading comes first.
 */
export function judgePair(stored: ClaimFeatures, incoming: ClaimFeatures, similarity: number, minNumericSimilarity: number): Conflict | null {
  const byStance = stanceConflict(stored, incoming);
  if (byStance) {
    const score = Math.min(1, 0.5 * similarity + 0.5 * byStance.strength);
    return { a: stored.claim.id, b: incoming.claim.id, kind: byStance.kind, reason: byStance.reason, score: round(score) };
  }
  if (DISPUTING.has(stored.stance.stance) || DISPUTING.has(incoming.stance.stance)) return null;
  if (similarity < minNumericSimilarity) return null;
  const numbers = findNumericDisagreement(stored.quantities, incoming.quantities);
  if (!numbers) return null;
  const [qa, qb] = numbers;
  const reason = `${who(stored.claim, 'One page')} gives ${quote(qa.surface, 60)}; ${who(incoming.claim, 'another page')} gives ${quote(qb.surface, 60)}.`;
  return { a: stored.claim.id, b: incoming.claim.id, kind: 'numeric-disagreement', reason, score: round(0.4 + 0.5 * similarity) };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
