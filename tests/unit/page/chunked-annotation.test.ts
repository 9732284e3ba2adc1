import { describe, expect, it } from 'vitest';
import { annotate } from '@/utils/attribution';
import { loadModelFromDisk } from '../../../scripts/lib/model-file';
import { annotateInChunks, AnnotationCache, shiftAttribution, type WorkScheduler } from '@/utils/page/chunked-annotation';

const model = loadModelFromDisk();
const engine = (text: string) => annotate(text, model);

/** A scheduler on a fake clock: every engine call "takes" 30 ms, so each slice holds one chunk. */
function fakeClock() {
  let now = 0;
  let yields = 0;
  const scheduler: WorkScheduler = { now: () => (now += 30), yieldToPage: async () => void yields++ };
  return { scheduler, yields: () => yields };
}

const paragraphs = [
  '“We will not reopen the port,” said Mara Ellison, the harbour commissioner.',
  'A city official who was not authorised to speak publicly said the budget would be cut.',
  '“The boats will run again in May,” said Colm Brady, the chief executive of the ferry company.',
  'Two council officers, speaking on condition of anonymity, said the list had been drawn up in a week.',
];
const text = Array.from({ length: 12 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n');

describe('annotateInChunks', () => {
  it('finds what the engine finds on the whole text, at the same offsets', async () => {
    const { scheduler } = fakeClock();
    const chunked = await annotateInChunks(text, { annotateText: engine, cache: new AnnotationCache(), scheduler, wholeTextChars: 300, maxChunkChars: 300 });
    expect(chunked.chunks).toBeGreaterThan(2);
    const whole = engine(text);
    const key = (a: { claim: string; content: { start: number }[] }) => `${a.content[0].start}:${a.claim}`;
    expect(chunked.attributions.map(key).sort()).toEqual(whole.map(key).sort());
    for (const a of chunked.attributions) expect(text.slice(a.content[0].start, a.content[0].end)).toBe(a.claim.split(' … ')[0]);
  });

  it('yields between slices and stops when cancelled', async () => {
    const clock = fakeClock();
    const result = await annotateInChunks(text, { annotateText: engine, cache: new AnnotationCache(), scheduler: clock.scheduler, wholeTextChars: 300, maxChunkChars: 300, sliceBudgetMs: 20 });
    expect(clock.yields()).toBe(result.chunks - 1);
    let calls = 0;
    const cancelled = await annotateInChunks(text, {
      annotateText: engine, cache: new AnnotationCache(), scheduler: fakeClock().scheduler, wholeTextChars: 300, maxChunkChars: 300, isCancelled: () => ++calls > 1,
    });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.engineRuns).toBe(1);
  });

  it('does not run the engine again on unchanged text, and only on the new part when a paragraph is added', async () => {
    const cache = new AnnotationCache();
    const options = { annotateText: engine, cache, scheduler: fakeClock().scheduler, wholeTextChars: 300, maxChunkChars: 300 };
    const first = await annotateInChunks(text, options);
    expect(first.engineRuns).toBe(first.chunks);
    expect((await annotateInChunks(text, options)).engineRuns).toBe(0);
    const longer = await annotateInChunks(`${text}\n\n${paragraphs[0]}`, options);
    expect(longer.engineRuns).toBeLessThanOrEqual(2);
    expect(longer.attributions.length).toBeGreaterThan(first.attributions.length);
  });

  it('gives chunk results distinct, stable ids', () => {
    const [a] = engine(paragraphs[0]);
    expect(shiftAttribution(a, 0)).toBe(a);
    expect(shiftAttribution(a, 500).id).toBe(shiftAttribution(a, 500).id);
    expect(shiftAttribution(a, 500).id).not.toBe(shiftAttribution(a, 700).id);
    expect(shiftAttribution(a, 500).content[0].start).toBe(a.content[0].start + 500);
  });

  it('keeps an engine that answers later (the host) busy: a few chunks asked ahead, same results', async () => {
    let inFlight = 0;
    let most = 0;
    const later = async (t: string) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return engine(t);
    };
    const options = { cache: new AnnotationCache(), scheduler: fakeClock().scheduler, wholeTextChars: 300, maxChunkChars: 300 };
    let slices = 0;
    const asked = await annotateInChunks(text, { ...options, annotateText: later, onSlice: () => slices++ });
    const direct = await annotateInChunks(text, { ...options, cache: new AnnotationCache(), annotateText: engine });
    expect(asked.attributions).toEqual(direct.attributions);
    expect(asked.engineRuns).toBe(asked.chunks);
    expect(most).toBe(3); // the chunk at hand and two ahead
    expect(slices).toBe(asked.chunks); // each answer painted as it comes, not all at the end
  });
});
