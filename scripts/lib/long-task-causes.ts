/**
 * What filled the long main-thread tasks of one page load, from a Chrome trace: script, style and
 * layout, or painting. The longtask API gives durations only, and a 100,000-word page's own first
 * layout is one long task whether an extension runs or not; the trace tells that apart from ours.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** One long task of the traced load: start after the content script's start, duration, and its parts (ms). */
export interface LongTaskCause {
  at: number;
  duration: number;
  script: number;
  styleLayout: number;
  paint: number;
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }

const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.compileModule', 'v8.evaluateModule', 'v8.callFunction', 'v8.run', 'V8.Execute']);
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Commit', 'Layerize']);
const LONG_TASK_US = 50_000;

/** Total time covered by the given intervals (µs), overlaps counted once: nested events do not double. */
function covered(intervals: Array<[number, number]>): number {
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of intervals.sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** The long tasks of the page's main thread between the two marks, each split into script, style and layout, and paint. */
export function longTaskCauses(events: TraceEvent[], fromMark: string, toMark: string): LongTaskCause[] {
  const from = events.find((e) => e.name === fromMark);
  const to = events.find((e) => e.name === toMark);
  if (!from || !to) return [];
  const onMain = events.filter((e) => e.pid === from.pid && e.tid === from.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur! > LONG_TASK_US && e.ts + e.dur! >= from.ts && e.ts <= to.ts);
  return tasks.map((task) => {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    const part = (names: Set<string>) => covered(inside.filter((e) => names.has(e.name)).map((e) => [e.ts, e.ts + e.dur!])) / 1000;
    return { at: (task.ts - from.ts) / 1000, duration: task.dur! / 1000, script: part(SCRIPT), styleLayout: part(STYLE_LAYOUT), paint: part(PAINT) };
  });
}

/** Loads `url` in `page` under a Chrome trace until `done` resolves; returns the trace's events. */
export async function traceLoad(context: BrowserContext, page: Page, url: string, done: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => { events.push(...(data.value as unknown as TraceEvent[])); });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8', transferMode: 'ReportEvents' });
  await page.goto(url);
  await done();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}
