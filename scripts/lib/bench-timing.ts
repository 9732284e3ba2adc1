import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Small timing helpers for the benchmarks: medians over interleaved rounds, so two contenders
 * measured in one process see the same machine load and the ratio between them stays meaningful.
 */

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds one call of `work` takes (wall clock, high resolution). */
export function timeOnce(work: () => unknown, now: () => number = () => performance.now()): number {
  const start = now();
  work();
  return now() - start;
}

/** Wall and CPU (user + system) milliseconds of one call: CPU time stays fair on a busy machine. */
export interface Measured {
  wallMs: number;
  cpuMs: number;
}

/** Measures one call of `work` both ways. */
export function measure(work: () => unknown): Measured {
  const cpuStart = process.cpuUsage();
  const wallMs = timeOnce(work);
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** A named contender: one call processes the whole corpus. */
export interface Contender {
  name: string;
  run: () => void;
}

/** Per-contender round measurements after warm-up, rounds interleaved (A B B A ...). */
export function interleavedRounds(contenders: readonly Contender[], warmup: number, rounds: number): Map<string, Measured[]> {
  for (let i = 0; i < warmup; i++) for (const c of contenders) c.run();
  const times = new Map<string, Measured[]>(contenders.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? contenders : [...contenders].reverse();
    for (const c of order) {
      collectGarbage();
      times.get(c.name)!.push(measure(c.run));
    }
  }
  return times;
}

/** Megabytes (10^6 bytes of UTF-8) per second. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}


/** Full garbage collection between measurements, so one measurement does not pay for the last one's garbage. */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}
