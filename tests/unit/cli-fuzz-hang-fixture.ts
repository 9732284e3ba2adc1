/**
 * A fuzz script whose only target never returns on inputs containing "x": lets cli-fuzz.test.ts
 * check that the runner's watchdog kills a hung case and reports its input.
 */
import fc from 'fast-check';
import { runAsChild } from '../../scripts/lib/fuzz-runner';
import { defineFuzzTarget } from '../../scripts/lib/fuzz-target';

const hangsOnX = defineFuzzTarget('hang', fc.string({ minLength: 1 }), (s) => {
  if (!s.includes('x')) return;
  for (;;) {
    // Busy forever, as an engine bug would be.
  }
});

if (process.argv.includes('--child')) runAsChild(hangsOnX, { cases: 500, seed: 1, perCaseLimitMs: 50 });
