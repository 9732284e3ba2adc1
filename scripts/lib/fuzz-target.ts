/**
 * The shape of one fuzz target and the loop that runs it, so `npm run fuzz` is a list of targets
 * and adding a component (conflict finder, importers, ...) is one entry in that list.
 */
import fc from 'fast-check';

/** A named generator plus the check every generated input must pass (throw to fail). */
export interface FuzzTarget {
  name: string;
  /** Runs `cases` cases from `seed`; reports how many ran and the first counterexample, if any. */
  run(options: FuzzRunOptions): FuzzOutcome;
}

/** How much to fuzz and how long one case may take. */
export interface FuzzRunOptions {
  cases: number;
  seed: number;
  perCaseLimitMs: number;
  /** Called with each input before it runs (the watchdog's heartbeat, and its record of a hang). */
  onCase?: (input: string) => void;
}

/** What one target's run found. */
export interface FuzzOutcome {
  casesRun: number;
  slowestCaseMs: number;
  /** Shrunk counterexample and its error, or null when every case passed. */
  failure: { input: string; error: string } | null;
}

/**
 * Builds a target from a fast-check arbitrary and a check. Each case is timed; one that runs past
 * the limit fails like a thrown error (and is shrunk), since a hang is a bug too.
 */
export function defineFuzzTarget<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (input: T) => void): FuzzTarget {
  return {
    name,
    run({ cases, seed, perCaseLimitMs, onCase }) {
      let casesRun = 0;
      let slowestCaseMs = 0;
      const property = fc.property(arbitrary, (input) => {
        casesRun++;
        onCase?.(fc.stringify(input));
        const start = performance.now();
        check(input);
        const ms = performance.now() - start;
        slowestCaseMs = Math.max(slowestCaseMs, ms);
        if (ms > perCaseLimitMs) throw new Error(`case took ${ms.toFixed(0)} ms (limit ${perCaseLimitMs} ms)`);
      });
      const details = fc.check(property, { numRuns: cases, seed, endOnFailure: false });
      const failure = details.failed
        ? { input: fc.stringify(details.counterexample?.[0]), error: String(details.errorInstance ?? 'failed') }
        : null;
      return { casesRun: details.numRuns, slowestCaseMs, failure: failure ?? (casesRun === 0 ? { input: '', error: 'no case ran' } : null) };
    },
  };
}
