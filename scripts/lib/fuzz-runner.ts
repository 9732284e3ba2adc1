/**
 * Runs each fuzz target in a child process watched from outside, so a case that never returns
 * (an infinite loop cannot be interrupted from its own thread) is killed and reported with its
 * input instead of hanging the run. The child reports each input before running it.
 */
import { fork } from 'node:child_process';
import type { FuzzOutcome, FuzzRunOptions, FuzzTarget } from './fuzz-target';

/** Messages from a child to the runner. */
type ChildMessage = { type: 'case'; input: string } | { type: 'done'; outcome: FuzzOutcome };

/** Arguments that make the fuzz script act as the child for one target. */
export const CHILD_FLAG = '--child';

/** In the child: runs the named target and reports every case and the outcome over IPC. */
export function runAsChild(target: FuzzTarget, options: Omit<FuzzRunOptions, 'onCase'>): void {
  const send = (message: ChildMessage) => process.send?.(message);
  const outcome = target.run({ ...options, onCase: (input) => send({ type: 'case', input: input.slice(0, 4000) }) });
  // Disconnect only once the last message is flushed, or the parent may never see it.
  process.send?.({ type: 'done', outcome } satisfies ChildMessage, () => process.disconnect?.());
}

/**
 * In the parent: forks `script` as the child for `name`, kills it if one case runs past `hangMs`.
 * `execArgv` defaults to this process's (tsx's loader flags when run through tsx).
 */
export function runInChild(
  script: string,
  name: string,
  options: Omit<FuzzRunOptions, 'onCase'>,
  hangMs: number,
  execArgv: string[] = process.execArgv,
): Promise<FuzzOutcome> {
  return new Promise((resolve) => {
    const args = [CHILD_FLAG, name, '--cases', String(options.cases), '--seed', String(options.seed), '--limit-ms', String(options.perCaseLimitMs)];
    const child = fork(script, args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let casesStarted = 0;
    let lastInput = '';
    let caseStartedAt = Date.now();
    let settled = false;
    const finish = (outcome: FuzzOutcome) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      resolve(outcome);
    };
    const watchdog = setInterval(() => {
      // Before the first case the child is still starting (tsx, model load): on a loaded machine that alone can pass hangMs.
      const allowed = casesStarted === 0 ? Math.max(hangMs, 120_000) : hangMs;
      if (Date.now() - caseStartedAt <= allowed) return;
      child.kill('SIGKILL');
      finish({ casesRun: casesStarted, slowestCaseMs: Date.now() - caseStartedAt, failure: { input: lastInput, error: `case did not finish within ${hangMs} ms; killed` } });
    }, 250);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'case') {
        casesStarted++;
        lastInput = message.input;
        caseStartedAt = Date.now();
      } else finish(message.outcome);
    });
    child.on('close', (code) => {
      finish({ casesRun: casesStarted, slowestCaseMs: 0, failure: { input: lastInput, error: `fuzz child exited with code ${code} before reporting` } });
    });
  });
}
