/**
 * Long DOM work written once, run two ways: to the end in one go (the CLI, tests, short pages) or
 * in slices that give the page its turn (a 100,000-word live blog in the browser). The work is a
 * generator that yields at safe points; nothing else differs, so both ways give the same result.
 */

/** Work that pauses at safe points (`yield`) and finally returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** How sliced work gives the page its turn: a clock and a way to continue in a later task. */
export interface Slicer {
  now(): number;
  yieldToPage(): Promise<void>;
}

/** Runs the steps to the end without pausing: the synchronous callers' path. */
export function runToEnd<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/**
 * Runs the steps, yielding to the page whenever a slice has used `budgetMs`; null when
 * `isCancelled` says so after a pause (a newer run, navigation, extension unloaded).
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  slicer: Slicer,
  budgetMs: number,
  isCancelled: () => boolean = () => false,
): Promise<T | null> {
  let sliceStart = slicer.now();
  let next = steps.next();
  while (!next.done) {
    if (slicer.now() - sliceStart >= budgetMs) {
      await slicer.yieldToPage();
      if (isCancelled()) return null;
      sliceStart = slicer.now();
    }
    next = steps.next();
  }
  return next.value;
}
