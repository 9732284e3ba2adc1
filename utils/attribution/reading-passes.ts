/**
 * The two shapes of a whole-text repair: mend every reading, or keep some. The per-reading step is
 * a module-level function handed in, never a closure made per text: V8 keeps a closure's
 * optimised code only while one of its closures lives, so a closure per text was compiled again
 * after every full GC.
 */
import type { AttributionSpans } from './types';

/** A step that mends one reading of a text. */
export type MendReading = (text: string, reading: AttributionSpans) => AttributionSpans;
/** A step that says whether a reading of a text stays. */
export type KeepReading = (text: string, reading: AttributionSpans) => boolean;

/** Every reading, mended by `mend`, in the same order. */
export function mendEach(text: string, found: readonly AttributionSpans[], mend: MendReading): AttributionSpans[] {
  const out = new Array<AttributionSpans>(found.length);
  for (let i = 0; i < found.length; i++) out[i] = mend(text, found[i]);
  return out;
}

/** The readings `keep` keeps, in the same order. */
export function keepEach(text: string, found: readonly AttributionSpans[], keep: KeepReading): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  for (const f of found) if (keep(text, f)) out.push(f);
  return out;
}
