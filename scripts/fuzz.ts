/**
 * `npm run fuzz -- [--cases N] [--seed S] [--only NAME] [--limit-ms MS]`: runs every fuzz target
 * with many generated inputs and prints how many cases ran and any counterexample. A case slower
 * than the limit fails; one that never returns is killed by a watchdog (each target runs in a
 * child process). Exit code 1 when a target fails. To fuzz another component, add to TARGETS.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { conflictFuzzTargets } from './lib/conflict-fuzz-targets';
import { engineFuzzTargets } from './lib/engine-fuzz-targets';
import { importFuzzTargets } from './lib/import-fuzz-targets';
import { CHILD_FLAG, runAsChild, runInChild } from './lib/fuzz-runner';
import type { FuzzTarget } from './lib/fuzz-target';
import { loadModelFromDisk } from './lib/model-file';

/** Every fuzz target: add an entry (or a component's list) here. */
const TARGETS: () => FuzzTarget[] = () => [
  ...engineFuzzTargets(loadModelFromDisk()),
  ...conflictFuzzTargets(),
  ...importFuzzTargets(),
];

const USAGE = 'usage: npm run fuzz -- [--cases N] [--seed S] [--only NAME] [--limit-ms MS]';
const optionsSchema = z.object({
  cases: z.coerce.number().int().min(1).default(10_000),
  seed: z.coerce.number().int().default(() => Date.now() % 2 ** 31),
  only: z.string().optional(),
  'limit-ms': z.coerce.number().positive().default(2_000),
  child: z.string().optional(),
});
type Options = z.infer<typeof optionsSchema>;

function parseOptions(argv: readonly string[]): Options {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(cases|seed|only|limit-ms|child)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`unknown argument ${argv[i]}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    raw[match[1]] = value;
  }
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

async function main(options: Options): Promise<number> {
  const names = TARGETS().map((t) => t.name);
  const chosen = names.filter((n) => options.only === undefined || n === options.only || n.startsWith(`${options.only}/`));
  if (chosen.length === 0) {
    process.stderr.write(`fuzz: no target named ${options.only}; targets: ${names.join(', ')}\n`);
    return 2;
  }
  const limit = options['limit-ms'];
  console.log(`fuzz: seed ${options.seed}, ${options.cases} cases per target, ${limit} ms limit per case`);
  let failed = 0;
  let total = 0;
  for (const name of chosen) {
    const start = performance.now();
    const run = { cases: options.cases, seed: options.seed, perCaseLimitMs: limit };
    const outcome = await runInChild(fileURLToPath(import.meta.url), name, run, Math.max(10 * limit, 20_000));
    total += outcome.casesRun;
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`${name}: ${outcome.casesRun} cases in ${seconds} s, slowest ${outcome.slowestCaseMs.toFixed(1)} ms: ${outcome.failure ? 'FAILED' : 'ok'}`);
    if (outcome.failure) {
      failed++;
      console.log(`  counterexample: ${outcome.failure.input.slice(0, 2000)}\n  error: ${outcome.failure.error.slice(0, 2000)}`);
    }
  }
  console.log(`fuzz: ${total} cases over ${chosen.length} targets, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

let options: Options | null = null;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`fuzz: ${(error as Error).message}\n${USAGE}\n`);
  process.exitCode = 2;
}
if (options?.child !== undefined) {
  const target = TARGETS().find((t) => t.name === options.child);
  if (!target) throw new Error(`${CHILD_FLAG} ${options.child}: no such target`);
  runAsChild(target, { cases: options.cases, seed: options.seed, perCaseLimitMs: options['limit-ms'] });
} else if (options !== null) {
  process.exitCode = await main(options);
}
