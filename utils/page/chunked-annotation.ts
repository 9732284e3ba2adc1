/**
 * Runs the engine over a long text a chunk at a time, yielding to the page between slices of work
 * so no task blocks the main thread for long, and remembering each chunk's result by its hash so
 * unchanged text (a re-render, a late paragraph appended) is never annotated twice.
 */
import type { Attribution, Span } from '@/utils/attribution';
import { splitIntoChunks, type TextChunk } from './text-chunks';

/** How work gives the page its turn: injected so tests and benches can use their own clock. */
export interface WorkScheduler {
  now(): number;
  /** Resolves in a later task, letting input and rendering run. */
  yieldToPage(): Promise<void>;
}

/** Texts up to this many characters are read whole (ordinary articles, so pronouns find their names). */
export const WHOLE_TEXT_CHARS = 16_000;

/** Requests an engine that answers later (the host) may have in flight beyond the chunk at hand. */
const LOOKAHEAD = 2;

/** Sizes of a long text's first chunks: small while the engine is still cold, so no early slice runs long. */
const RAMP_CHARS = [400, 700, 1_000, 1_400, 1_900];

/**
 * The default scheduler: continues in a new task through a MessageChannel (no 4 ms timer clamp),
 * queued behind work already waiting. Not `scheduler.yield()`: its continuations jump that queue,
 * so replies the run itself waits for (the settings read, the model's fetch) would starve.
 */
export function pageScheduler(win: Window & typeof globalThis = window): WorkScheduler {
  const waiting: Array<() => void> = [];
  let channel: MessageChannel | null = null;
  const post = () => {
    if (!channel) {
      channel = new win.MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    channel.port2.postMessage(null);
  };
  return {
    now: () => win.performance.now(),
    yieldToPage: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (win.MessageChannel) post();
        else win.setTimeout(() => waiting.shift()?.(), 0);
      }),
  };
}

/**
 * Chunk results keyed by the chunk's text itself, oldest dropped first beyond `limit` entries: the
 * Map hashes strings natively, many times faster than a hash loop in script on a long page.
 */
export class AnnotationCache {
  private readonly entries = new Map<string, Attribution[]>();
  constructor(private readonly limit = 400) {}
  get(key: string): Attribution[] | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: Attribution[]): void {
    this.entries.set(key, value);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
  get size(): number {
    return this.entries.size;
  }
}

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

/** Moves a chunk's attributions to whole-text offsets; ids stay stable for the same text. */
export function shiftAttribution(a: Attribution, by: number): Attribution {
  if (by === 0) return a;
  return {
    ...a,
    id: `${a.id}.${by.toString(36)}`,
    content: a.content.map((s) => shift(s, by)),
    cue: a.cue && shift(a.cue, by),
    source: a.source && shift(a.source, by),
  };
}

/** Inputs for annotateInChunks. */
export interface ChunkedAnnotationOptions {
  /** The engine: answers at once in the page, later from the engine host. */
  annotateText: (text: string) => Attribution[] | Promise<Attribution[]>;
  cache: AnnotationCache;
  scheduler: WorkScheduler;
  /** Texts up to this many characters are read whole (ordinary articles, so pronouns find their names). */
  wholeTextChars?: number;
  /** Chunk size for longer texts: small enough that one chunk stays far below a 50 ms task. */
  maxChunkChars?: number;
  /** Work per task before yielding, well under the 50 ms "long task" line. */
  sliceBudgetMs?: number;
  /** Called after each slice with the attributions found in it (whole-text offsets). */
  onSlice?: (found: Attribution[], chunks: TextChunk[]) => void;
  /** Stop early (navigation, newer run, extension unloaded). */
  isCancelled?: () => boolean;
}

/** What a run did: every attribution, and how many chunks needed the engine. */
export interface ChunkedAnnotationResult {
  attributions: Attribution[];
  chunks: number;
  engineRuns: number;
  cancelled: boolean;
  /** Time spent inside the engine, and the longest slice of work between two yields (incl. onSlice). */
  engineMs: number;
  longestSliceMs: number;
}

/** Annotates `text` in paragraph-aligned chunks, yielding between slices of about `sliceBudgetMs`. */
export async function annotateInChunks(text: string, options: ChunkedAnnotationOptions): Promise<ChunkedAnnotationResult> {
  const { cache, scheduler } = options;
  const budget = options.sliceBudgetMs ?? 12;
  const whole = options.wholeTextChars ?? WHOLE_TEXT_CHARS;
  const chunks = text.length <= whole ? splitIntoChunks(text, whole) : splitIntoChunks(text, options.maxChunkChars ?? 2_500, RAMP_CHARS);
  const all: Attribution[] = [];
  let engineRuns = 0;
  let engineMs = 0;
  let longestSliceMs = 0;
  let index = 0;
  function askAhead(at: number): void {
    for (let i = at + 1; i <= at + LOOKAHEAD && i < chunks.length; i++) {
      if (asked.has(i) || cache.get(chunks[i].text)) continue;
      const answer = options.annotateText(chunks[i].text);
      if (Array.isArray(answer)) continue;
      answer.catch(() => undefined); // awaited when its turn comes; a run cancelled before then drops it
      asked.set(i, answer);
    }
  }
  const summary = (cancelled: boolean) => ({ attributions: all, chunks: chunks.length, engineRuns, cancelled, engineMs, longestSliceMs });
  // An engine that answers later (the host) is asked LOOKAHEAD chunks ahead, so it never idles
  // while an answer travels back; an engine in the page is only ever asked for the chunk at hand.
  const asked = new Map<number, Promise<Attribution[]>>();
  const ask = (i: number): Attribution[] | Promise<Attribution[]> => {
    const early = asked.get(i);
    if (early) {
      asked.delete(i);
      return early;
    }
    return options.annotateText(chunks[i].text);
  };
  while (index < chunks.length) {
    if (options.isCancelled?.()) return summary(true);
    let sliceStart = scheduler.now();
    let waited = false;
    const slice: Attribution[] = [];
    const sliceChunks: TextChunk[] = [];
    do {
      const at = index++;
      const chunk = chunks[at];
      const key = chunk.text;
      let found = cache.get(key);
      if (!found) {
        const engineStart = scheduler.now();
        const answer = ask(at);
        const later = !Array.isArray(answer);
        if (later) askAhead(at);
        found = later ? await answer : answer;
        engineMs += scheduler.now() - engineStart;
        engineRuns++;
        cache.set(key, found);
        if (later) {
          if (options.isCancelled?.()) return summary(true); // superseded while the host worked
          sliceStart = scheduler.now(); // waiting is not work: the slice's work counts from here
          waited = true;
        }
      }
      for (const a of found) slice.push(shiftAttribution(a, chunk.start));
      sliceChunks.push(chunk);
      // an answer that came later ends the slice: what it found is painted before the next wait
    } while (index < chunks.length && !waited && scheduler.now() - sliceStart < budget);
    all.push(...slice);
    options.onSlice?.(slice, sliceChunks);
    longestSliceMs = Math.max(longestSliceMs, scheduler.now() - sliceStart);
    if (index < chunks.length) await scheduler.yieldToPage();
  }
  return summary(false);
}
