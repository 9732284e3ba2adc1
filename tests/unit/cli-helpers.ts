/** Runs the real CLI scripts the way a user does (npx tsx), for the cli-* tests. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Repository root, the CLI's working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Absolute path of a fixture under tests/fixtures. */
export function fixture(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
}

/** Result of one CLI run. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `npx tsx scripts/SCRIPT.ts ARGS...` and waits for it (killed after `timeoutMs`). */
export function runScript(script: string, args: string[], timeoutMs = 50_000): CliRun {
  const result = spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
