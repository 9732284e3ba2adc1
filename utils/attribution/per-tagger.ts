/**
 * One remembered value per tagger, held weakly (it goes when the tagger goes): the remembered
 * weight-sum tables are built once per model, on first use, and every table kind shares this.
 */
import type { ScoringTagger } from './tagging';

/** Wraps `build` so each tagger gets its value built once; later calls return the same one. */
export function perTagger<T>(build: (t: ScoringTagger) => T): (t: ScoringTagger) => T {
  const made = new WeakMap<ScoringTagger, T>();
  return (t) => {
    let value = made.get(t);
    if (value === undefined) {
      value = build(t);
      made.set(t, value);
    }
    return value;
  };
}
