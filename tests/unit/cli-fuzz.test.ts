import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runInChild } from '../../scripts/lib/fuzz-runner';
import { defineFuzzTarget } from '../../scripts/lib/fuzz-target';
import { runScript } from './cli-helpers';

describe('defineFuzzTarget', () => {
  it('counts cases and passes when the check holds', () => {
    const outcome = defineFuzzTarget('even', fc.nat(), (n) => {
      if ((n * 2) % 2 !== 0) throw new Error('odd');
    }).run({ cases: 200, seed: 3, perCaseLimitMs: 1000 });
    expect(outcome).toMatchObject({ casesRun: 200, failure: null });
  });

  it('reports a shrunk counterexample when the check throws', () => {
    const outcome = defineFuzzTarget('short', fc.string(), (s) => {
      if (s.includes('x')) throw new Error('found x');
    }).run({ cases: 2000, seed: 3, perCaseLimitMs: 1000 });
    expect(outcome.failure).toEqual({ input: '"x"', error: 'Error: found x' });
  });

  it('fails a case that runs past the time limit', () => {
    const outcome = defineFuzzTarget('slow', fc.constant(0), () => {
      const until = performance.now() + 30;
      while (performance.now() < until);
    }).run({ cases: 3, seed: 1, perCaseLimitMs: 5 });
    expect(outcome.failure?.error).toMatch(/case took \d+ ms \(limit 5 ms\)/);
  });
});

describe('runInChild watchdog', () => {
  it('kills a case that never returns and reports its input', async () => {
    const script = fileURLToPath(new URL('./cli-fuzz-hang-fixture.ts', import.meta.url));
    const outcome = await runInChild(script, 'hang', { cases: 500, seed: 1, perCaseLimitMs: 50 }, 3000, ['--import', 'tsx']);
    expect(outcome.failure?.error).toBe('case did not finish within 3000 ms; killed');
    expect(outcome.failure?.input).toContain('x');
    expect(outcome.casesRun).toBeGreaterThan(0);
  });
});

describe('npm run fuzz', () => {
  it('runs a target in a child process and prints the case counts', () => {
    const run = runScript('fuzz', ['--cases', '40', '--seed', '9', '--only', 'engine/news-like'], 110_000);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^engine\/news-like: 40 cases in [\d.]+ s, slowest [\d.]+ ms: ok$/m);
    expect(run.stdout).toMatch(/^fuzz: 40 cases over 1 targets, 0 failed$/m);
  }, 120_000);
});
