/**
 * Reads PolNeAR's brat standoff (code-point offsets) into UTF-16 spans, for training and
 * evaluation. Articles with several annotators use the first file in sort order, as the scorer does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../utils/attribution/types';

/** One gold attribution: every piece of each role (cues and contents may be discontinuous). */
export interface GoldRelation {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/** One article with its gold relations. */
export interface GoldDoc {
  name: string;
  text: string;
  relations: GoldRelation[];
}

function codePointToUnit(text: string): number[] {
  const map = [0];
  let u = 0;
  for (const ch of text) { u += ch.length; map.push(u); }
  return map;
}

function parseAnn(ann: string, text: string): GoldRelation[] {
  const toUnit = codePointToUnit(text);
  const spans = new Map<string, Span[]>();
  const relations: GoldRelation[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [, ...offsets] = cols[1].split(' ');
      const pieces = offsets.join(' ').split(';').map((p) => p.trim().split(' ').map(Number));
      spans.set(cols[0], pieces.map(([s, e]) => ({ start: toUnit[s] ?? 0, end: toUnit[e] ?? 0 })));
    } else if (line.startsWith('E') && cols.length >= 2) {
      const roles: Record<string, string[]> = {};
      for (const part of cols[1].trim().split(' ')) {
        const [role, ref] = part.split(':');
        (roles[role.replace(/\d+$/, '')] ??= []).push(ref);
      }
      if (!Object.keys(roles).some((r) => r.startsWith('Attribution'))) continue;
      const get = (role: string): Span[] => (roles[role] ?? []).flatMap((ref) => spans.get(ref) ?? []);
      relations.push({ source: get('Source'), cue: get('Cue'), content: get('Content') });
    }
  }
  return relations;
}

/** Loads every article of a PolNeAR split folder (text/ and attributions/). */
export function loadPolnear(dir: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const seen = new Set<string>();
  for (const ann of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const name = ann.replace(/_[^_]+\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const textPath = join(dir, 'text', `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    docs.push({ name, text, relations: parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'), text) });
  }
  return docs;
}
