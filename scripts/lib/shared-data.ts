/**
 * Where the shared data sets live (../shared beside the repo, or SOURCELIGHT_SHARED), so benchmarks
 * and fuzzers find them the same way the eval does. Only reads; never copies text into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file's location (works from any working directory). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared folder, overridable for CI and other checkouts. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.SOURCELIGHT_SHARED ?? join(REPO_ROOT, '../shared'));
}

/** PolNeAR dev texts in file-name order; throws a readable error when the folder is missing. */
export function readPolnearDevTexts(shared: string = sharedDir()): { name: string; text: string }[] {
  const folder = join(shared, 'data/polnear/dev/text');
  if (!existsSync(folder)) throw new Error(`PolNeAR dev texts not found at ${folder} (set SOURCELIGHT_SHARED)`);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') }));
}
