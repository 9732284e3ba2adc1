/**
 * One bounded table of the token texts seen so far, with their lower case: the tokenizer finds a
 * known word by hashing and comparing its characters in place, so most tokens cost no new string
 * (news repeats its words; fewer strings, less garbage to collect), and the slot is a key that
 * per-word tables (the taggers' token facts) index directly. Emptied only between texts, so a slot
 * means one text for the whole of a text's tokenizing.
 */
import { lowerCase } from './token-case';

/** Table slots: a power of two, so a hash masks to a slot; 16,384 hold a long article's distinct words. */
export const INTERN_SLOTS = 1 << 14;
const MASK = INTERN_SLOTS - 1;
/** Slots tried before a token is left uninterned: hostile text of tokens alike cannot make a scan long. */
const MAX_PROBES = 32;
/**
 * Most texts held: three quarters of the slots. A run of slots shares cache lines, so probes at
 * that load stay cheap, and a session's vocabulary is kept longer: every emptying makes each word
 * seen again cost a new string and new token facts (84 news articles hold some 9,700 words).
 */
const MAX_HELD = (INTERN_SLOTS * 3) >> 2;
/** Held texts above which the table is emptied before a text, leaving room for its new words. */
const EMPTY_ABOVE = (INTERN_SLOTS * 5) >> 3;

/** Per slot, side by side (one cache line for a token's lookup): its text at 2 * slot (undefined: free), its lower case after it. */
const ENTRIES: Array<string | undefined> = new Array<string | undefined>(INTERN_SLOTS * 2).fill(undefined);
let held = 0;
let generation = 1;

/** Per-token intern slots of one text, in a reused growable typed array (no array of boxed numbers). */
export class TokenSlots {
  values = new Int32Array(1024);
  /** Stores token i's slot, growing the array when needed. */
  put(i: number, slot: number): void {
    if (i >= this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[i] = slot;
  }
}

/** Changes whenever the table is emptied: a slot's meaning is only good within one generation. */
export function internGeneration(): number {
  return generation;
}

/** Readies the table for a new text; from here to the next call no slot changes its text. */
export function beginInterning(): void {
  if (held < EMPTY_ABOVE) return;
  ENTRIES.fill(undefined); // the old texts and their lower case are not kept alive until a slot is reused
  held = 0;
  generation++;
}

/** The text held in a slot (a slot from `internSlice`). */
export function internedText(slot: number): string {
  return ENTRIES[2 * slot]!;
}

/** The lower case (`lowerCase`) of the text held in a slot. */
export function internedLower(slot: number): string {
  return ENTRIES[2 * slot + 1]!;
}

/** `source.startsWith(known, start)`, unit by unit: for words of a few letters this beats the built-in call. */
function sameUnits(known: string, source: string, start: number): boolean {
  for (let k = 0; k < known.length; k++) if (known.charCodeAt(k) !== source.charCodeAt(start + k)) return false;
  return true;
}

/**
 * Slot of the text source[start, end), added on first sight; -1 when it is new and the table is
 * full (the caller then makes the strings itself). The hash reads the first 32 units and the
 * length, so a very long token costs no more to place than a short one.
 */
export function internSlice(source: string, start: number, end: number): number {
  const length = end - start;
  let h = 0x811c9dc5 ^ length;
  for (let i = start, stop = Math.min(end, start + 32); i < stop; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  let slot = (h ^ (h >>> 15)) & MASK;
  let probes = 0;
  for (let known = ENTRIES[2 * slot]; known !== undefined; known = ENTRIES[2 * slot]) {
    if (known.length === length && sameUnits(known, source, start)) return slot;
    // a crowded run of slots (many tokens alike in their first 32 units) is not searched on
    if (++probes >= MAX_PROBES) return -1;
    slot = (slot + 1) & MASK;
  }
  if (held >= MAX_HELD) return -1;
  const text = source.slice(start, end);
  ENTRIES[2 * slot] = text;
  ENTRIES[2 * slot + 1] = lowerCase(text);
  held++;
  return slot;
}
