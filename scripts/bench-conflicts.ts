/**
 * `npm run bench:conflicts`: how long adding one page of 30 claims takes against stores of
 * 10,000 and 100,000 synthetic claims (5,000 pages), and how long the start-up rebuild takes.
 * The 10,000 store is the baseline; the ratio shows whether cost follows the store or the candidates.
 */
import { performance } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';
import { ConflictIndex } from '../utils/conflicts';
import { syntheticClaims } from '../utils/conflicts/synthetic-claims';

const PAGE_SIZE = 30;
const TRIALS = 25;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Measured {
  claims: number;
  buildMs: number;
  buildCpuMs: number;
  addMs: number;
  addCpuMs: number;
  maxMs: number;
  conflicts: number;
}

/** CPU time of this process in ms: on a shared machine it moves less than wall time. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function measure(pages: number): Measured {
  const stored = syntheticClaims(pages, Math.round((pages === 5_000 ? 100_000 : 10_000) / pages), 42);
  const t0 = performance.now();
  const c0 = cpuMs();
  const index = ConflictIndex.build(stored);
  const buildMs = performance.now() - t0;
  const buildCpuMs = cpuMs() - c0;
  const newPages = syntheticClaims(TRIALS + 3, PAGE_SIZE, 7, 'new');
  const times: number[] = [];
  const cpu: number[] = [];
  let conflicts = 0;
  for (let i = 0; i < TRIALS + 3; i++) {
    const page = newPages.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE);
    const c = cpuMs();
    const t = performance.now();
    conflicts += index.addPage(page).length;
    if (i >= 3) {
      times.push(performance.now() - t);
      cpu.push(cpuMs() - c);
    }
  }
  return { claims: stored.length, buildMs, buildCpuMs, addMs: median(times), addCpuMs: median(cpu), maxMs: Math.max(...times), conflicts };
}

const f = (x: number): string => x.toFixed(1);
const small = measure(500);
console.log(`store ${small.claims.toLocaleString('en')} claims (500 pages): build ${f(small.buildMs)} ms (cpu ${f(small.buildCpuMs)} ms); add a page of ${PAGE_SIZE} claims: median ${f(small.addMs)} ms (cpu ${f(small.addCpuMs)} ms), max ${f(small.maxMs)} ms (${small.conflicts} conflicts over ${TRIALS + 3} pages)`);
const large = measure(5_000);
console.log(`store ${large.claims.toLocaleString('en')} claims (5,000 pages): build ${f(large.buildMs)} ms (cpu ${f(large.buildCpuMs)} ms); add a page of ${PAGE_SIZE} claims: median ${f(large.addMs)} ms (cpu ${f(large.addCpuMs)} ms), max ${f(large.maxMs)} ms (${large.conflicts} conflicts over ${TRIALS + 3} pages)`);
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
console.log(`ratio add-page 100k/10k: ${(large.addMs / small.addMs).toFixed(2)}x for a 10x larger store; target <= 50 ms at 100k: ${large.addMs <= 50 ? 'met' : 'NOT met'}`);
