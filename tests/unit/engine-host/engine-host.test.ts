import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { annotate } from '@/utils/attribution';
import { loadModelFromDisk, MODEL_PATH } from '../../../scripts/lib/model-file';
import { startEngineWorker, type EngineWorkerScope } from '@/utils/engine-host/engine-worker-core';
import { createWorkerEngine, type WorkerLike } from '@/utils/engine-host/engine-relay';
import { hostedEngineSource, type HostSend } from '@/utils/page/engine-host-client';
import { packAttributions, unpackAttributions } from '@/utils/engine-host/packed-attributions';
import { readSampleReply } from '@/utils/page/reply-parser-warm-up';
import fc from 'fast-check';
import type { ModelSource } from '@/utils/page/model-loader';

const model = loadModelFromDisk();
const modelBytes = async () => new Uint8Array(readFileSync(MODEL_PATH));
const TEXT = '“The pier is safe,” said Ana Lindqvist, the port engineer. Two workers who asked not to be named said the cracks were growing.';

/**
 * A worker and its page joined by a structured-clone channel, as a browser joins them: the real
 * worker code (engine and model included) on one side, the real relay on the other.
 */
function inProcessWorker(loadModel = modelBytes, onStart: (done: Promise<void>) => void = () => undefined): () => WorkerLike {
  return () => {
    const listeners: Array<(event: { data: unknown }) => void> = [];
    const side = {
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(message: unknown) {
        const data = structuredClone(message);
        setTimeout(() => listeners.forEach((l) => l({ data })), 0);
      },
      terminate() {},
    };
    const scope: EngineWorkerScope = {
      addEventListener: (_type, listener) => listeners.push(listener),
      postMessage: (reply) => {
        const data = structuredClone(reply);
        setTimeout(() => side.onmessage?.call(side as unknown as Worker, { data } as MessageEvent), 0);
      },
      setTimeout: (fn, ms) => setTimeout(fn, ms),
    };
    onStart(startEngineWorker(scope, loadModel));
    return side as unknown as WorkerLike;
  };
}

describe('engine host worker and relay', () => {
  it('answers what the engine answers in the page, for several texts in flight at once', async () => {
    let warmed: Promise<void> = Promise.resolve();
    const engine = createWorkerEngine(inProcessWorker(modelBytes, (done) => (warmed = done)));
    const texts = [TEXT, 'No one said anything here.', `${TEXT}\n\n${TEXT}`];
    const replies = await Promise.all(texts.map((t) => engine.annotate(t)));
    replies.forEach((reply, i) => expect(unpackAttributions(reply.packed, texts[i])).toEqual(annotate(texts[i], model)));
    expect(replies[0].packed.types.length).toBeGreaterThan(0);
    await warmed; // the warm-up runs finish without disturbing answers
  });

  it('reports a model that did not load as a readable error on each request', async () => {
    const engine = createWorkerEngine(inProcessWorker(async () => { throw new Error('404 from the package'); }));
    await expect(engine.annotate(TEXT)).rejects.toThrow(/model did not load: 404 from the package/);
  });

  it('fails what a dead worker held, then starts a new one for the next text', async () => {
    const sides: WorkerLike[] = [];
    const make = inProcessWorker();
    const engine = createWorkerEngine(() => {
      const w = make();
      sides.push(w);
      return w;
    });
    const held = engine.annotate(TEXT);
    sides[0].onerror?.call(sides[0] as Worker, new Event('error') as ErrorEvent); // how the browser reports a crashed worker
    await expect(held).rejects.toThrow(/worker stopped/);
    const next = await engine.annotate(TEXT);
    expect(unpackAttributions(next.packed, TEXT)).toEqual(annotate(TEXT, model));
    expect(sides.length).toBe(2);
  });
});

describe('engine host relay: a worker that hangs or answers nonsense', () => {
  /** A worker that takes texts and never answers on its own; `reply` answers for it. */
  function silentWorker() {
    const made: Array<WorkerLike & { sent: unknown[]; terminated: boolean }> = [];
    const create = () => {
      const w = { sent: [] as unknown[], terminated: false, onmessage: null, onerror: null,
        postMessage(m: unknown) { this.sent.push(m); }, terminate() { this.terminated = true; } };
      made.push(w as never);
      return w as unknown as WorkerLike;
    };
    const reply = (w: WorkerLike, data: unknown) => w.onmessage?.call(w as Worker, { data } as MessageEvent);
    return { made, create, reply };
  }
  /** A clock whose timers fire only when the test says so. */
  function manualTimers() {
    const due = new Map<number, () => void>();
    let next = 0;
    return { timers: { set: (fn: () => void) => (due.set(++next, fn), next), clear: (t: unknown) => void due.delete(t as number) }, fireAll: () => [...due.values()].forEach((fn) => fn()), due };
  }

  it('replaces a worker that stops answering, failing what it held; the next text goes to a new one', async () => {
    const { made, create } = silentWorker();
    const clock = manualTimers();
    const engine = createWorkerEngine(create, clock.timers);
    const held = engine.annotate(TEXT);
    expect(clock.due.size).toBe(1); // the watchdog is armed while a text waits
    clock.fireAll();
    await expect(held).rejects.toThrow(/did not answer within 15 s/);
    expect(made[0].terminated).toBe(true);
    void engine.annotate(TEXT).catch(() => undefined);
    expect(made.length).toBe(2);
  });

  it('settles a request whose answer does not validate, with the reason', async () => {
    const { made, create, reply } = silentWorker();
    const clock = manualTimers();
    const engine = createWorkerEngine(create, clock.timers);
    const asked = engine.annotate(TEXT);
    const { id } = made[0].sent[0] as { id: number };
    reply(made[0], { id, ok: true, engineMs: 1, packed: { spans: [], strings: [], types: ['a-new-type'] } });
    await expect(asked).rejects.toThrow(/answer did not validate/);
    expect(clock.due.size).toBe(0); // nothing waits: the watchdog is off
  });
});

describe('hosted engine source (content script side)', () => {
  const inPage: ModelSource = {
    start: async () => null,
    model,
    annotate: (text) => annotate(text, model),
    ready: () => undefined,
    timings: { fetchMs: 0, decodeMs: 0, engineLoadMs: 0 },
  };

  it('uses the host while it answers, checking every span against the text', async () => {
    const sent: string[] = [];
    const send = (async (name, payload) => {
      sent.push(name);
      return { packed: packAttributions(annotate((payload as { text: string }).text, model)), engineMs: 1 };
    }) as HostSend;
    const engine = hostedEngineSource(send, inPage);
    expect(await engine.annotate(TEXT)).toEqual(annotate(TEXT, model));
    expect(engine.where).toBe('host');
    expect(sent).toEqual(['content:annotate-text']);
  });

  it('asks the background to start the host once, then falls back to the engine in the page', async () => {
    const sent: string[] = [];
    const send = (async (name) => {
      sent.push(name);
      if (name === 'content:start-engine-host') return { started: true };
      throw new Error('content:annotate-text: no receiver answered');
    }) as HostSend;
    const engine = hostedEngineSource(send, inPage);
    expect(await engine.annotate(TEXT)).toEqual(annotate(TEXT, model));
    expect(sent).toEqual(['content:annotate-text', 'content:start-engine-host', 'content:annotate-text']);
    expect(engine.where).toBe('page');
    const after = engine.annotate(TEXT);
    expect(Array.isArray(after)).toBe(true); // answered at once, so the run slices its work as for any engine in the page
    expect(sent.length).toBe(3); // the page's engine from then on: the host is not asked again
  });

  it('refuses an answer whose spans lie outside the text, or whose arrays do not match', async () => {
    const good = packAttributions(annotate(TEXT, model));
    const outside = { ...good, spans: good.spans.map((v, i) => (i === 2 ? TEXT.length + 5 : v)) };
    expect(() => unpackAttributions(outside, TEXT)).toThrow(/outside the text/);
    expect(() => unpackAttributions({ ...good, strings: good.strings.slice(1) }, TEXT)).toThrow(/counts do not match/);
    expect(() => unpackAttributions({ ...good, spans: [...good.spans, 4] }, TEXT)).toThrow(/spans do not match/);
    const engine = hostedEngineSource((async (name) => (name === 'content:start-engine-host' ? { started: true } : { packed: outside, engineMs: 1 })) as HostSend, inPage);
    expect(await engine.annotate(TEXT)).toEqual(annotate(TEXT, model));
    expect(engine.where).toBe('page');
  });

  it('gives up on a host that never answers (after asking for a new one) and runs the engine in the page', async () => {
    const sent: string[] = [];
    const send = ((name) => {
      sent.push(name);
      return name === 'content:start-engine-host' ? Promise.resolve({ started: true }) : new Promise(() => undefined);
    }) as HostSend;
    // a clock on which every timeout is due after a millisecond
    const engine = hostedEngineSource(send, inPage, { set: (fn) => setTimeout(fn, 1), clear: (t) => clearTimeout(t as ReturnType<typeof setTimeout>) });
    expect(await engine.annotate(TEXT)).toEqual(annotate(TEXT, model));
    expect(sent).toEqual(['content:annotate-text', 'content:start-engine-host', 'content:annotate-text']);
    expect(engine.where).toBe('page');
  });

  it('warms the reply parser in tasks of their own while the host works, never in the task that sent the text', async () => {
    const calls: string[] = [];
    const packed = packAttributions(annotate(TEXT, model));
    let answer: () => void = () => undefined;
    let texts = 0;
    const send = (async () => (++texts === 1 ? new Promise((resolve) => (answer = () => resolve({ packed, engineMs: 1 }))) : { packed, engineMs: 1 })) as unknown as HostSend;
    let rounds = 0;
    const engine = hostedEngineSource(send, inPage, undefined, () => {
      calls.push(`round ${++rounds}`);
      return rounds < 3;
    });
    const found = engine.annotate(TEXT);
    calls.push('sent');
    await vi.waitFor(() => expect(rounds).toBe(3), { timeout: 2_000, interval: 5 });
    expect(calls).toEqual(['sent', 'round 1', 'round 2', 'round 3']);
    answer();
    expect(await found).toEqual(annotate(TEXT, model));
    expect(await engine.annotate(TEXT)).toEqual(annotate(TEXT, model));
    await new Promise((done) => setTimeout(done, 20));
    expect(rounds).toBe(3); // queued once per page, not once per text
    expect(engine.where).toBe('host');
  });

  it('warms its reply parser on a sample that is a valid answer', () => {
    expect(readSampleReply().map((a) => [a.id, a.claim, a.anonymous])).toEqual([
      ['a1', 'We will go … It is late.', false],
      ['a2', 'the route was closed', true],
      ['a3', 'We will go … It is late.', false],
    ]);
  });
});

describe('packed attributions', () => {
  it('round-trip the engine’s output exactly, claims rebuilt from the text', () => {
    const texts = [TEXT, '', 'Nothing is said here.', `${TEXT}\n\n“Split,” she said, “quote.”\n\nAccording to the report, sales fell.`];
    for (const text of texts) {
      const found = annotate(text, model);
      expect(unpackAttributions(structuredClone(packAttributions(found)), text)).toEqual(found);
    }
  });

  it('round-trip on any text (property)', () => {
    const words = fc.constantFrom('said', 'told', '“', '”', '"', ',', '.', 'officials', 'Ana Berg', 'according to', 'the report', 'he', '\n\n', 'é', '😀', 'that');
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      const found = annotate(text, model);
      expect(unpackAttributions(packAttributions(found), text)).toEqual(found);
    }), { numRuns: 300 });
  });
});
