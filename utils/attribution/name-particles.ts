/**
 * Name particles: the lower-case words inside a person's name ("Bill de Blasio", "Ursula von der
 * Leyen", "Majed al-Ansari") and the ampersand inside a firm's ("Marks & Spencer"), which join a
 * run of capitalised words into one name (source-name-groups.ts).
 */
import { ORG_HEADS } from './source-lexicon-bodies';
import { capitalised, onlySpaces } from './name-word-shape';
import type { Word } from './source-name-groups';

/**
 * Lower-case particles inside a person's name ("Bill de Blasio", "Ursula von der Leyen", "Mohammed
 * bin Salman", "Ortega y Gasset"): one list for the name-word scanner, the grouping of names, the
 * widening of a cut name and dash bylines, so a name is joined the same way wherever it is read.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'dos', 'du', 'la', 'le', 'van', 'von', 'y']);

/** Lower-case words that join capitalised words into one name: the particles, and "of" and "for" in a body's ("Bank of England"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', ...NAME_PARTICLES]);

/**
 * A lower-case particle between a given name and a capitalised surname ("Bill de Blasio", "von der"
 * twice over): part of the name (not after a body's head, whose "of" or "de" is joined by its own
 * rule); and an ampersand between capitalised words, always a firm's.
 */
export function surnameParticle(text: string, cur: Word[], ws: Word[], k: number): boolean {
  const w = ws[k];
  // "Cascadia Power & Light", "Marks & Spencer": an ampersand between capitalised words joins a firm's name
  if (w.text === '&') return k + 1 < ws.length && capitalised(ws[k + 1].text) && onlySpaces(text, w.end, ws[k + 1].start);
  if (w.text !== w.lower || !NAME_PARTICLES.has(w.lower) || ORG_HEADS.has(cur[cur.length - 1].lower)) return false;
  for (let j = k + 1; j < ws.length && j <= k + 2; j++) {
    if (!onlySpaces(text, ws[j - 1].end, ws[j].start)) return false;
    if (capitalised(ws[j].text)) return true;
    if (!NAME_PARTICLES.has(ws[j].lower)) return false;
  }
  return false;
}

/** Particles joined to a surname by a hyphen ("Majed al-Ansari"); the name-word scanner emits these two of them. */
const HYPHEN_PARTICLES = new Set(['al', 'bin']);

/** A particle right before a hyphen and a capital: part of the name it opens. */
export function opensParticle(text: string, w: Word): boolean {
  return HYPHEN_PARTICLES.has(w.lower) && text.charCodeAt(w.end) === 45 && capitalised(text.slice(w.end + 1, w.end + 2));
}

/** The surname right after such a particle and its hyphen. */
export function afterParticle(text: string, cur: Word[], w: Word): boolean {
  const prev = cur[cur.length - 1];
  return prev !== undefined && w.start === prev.end + 1 && text.charCodeAt(prev.end) === 45 && HYPHEN_PARTICLES.has(prev.lower);
}
