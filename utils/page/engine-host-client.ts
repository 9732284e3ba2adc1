/**
 * The engine as a content script uses it: sent to the extension's engine host (a worker kept warm
 * in Chrome's offscreen document or Firefox's background page), so an article is read by optimised
 * code and the page's main thread never runs the engine. If the host cannot be reached even after
 * the background was asked to start it (once per failing text), the tab falls back to the engine
 * module in the page for the rest of its life (a later run does not try the host again).
 */
import type { Attribution } from '@/utils/attribution';
import { unpackAttributions } from '@/utils/engine-host/packed-attributions';
import { readReply, sendToBackground } from '@/utils/message-transport';
import type { portSender } from '@/utils/port-transport';
import type { RequestOf, ResponseOf } from '@/utils/messages';
import type { ModelSource } from './model-loader';
import { warmReplyParser } from './reply-parser-warm-up';

/** How the client reaches the host: sendToBackground, passed in so tests give their own runtime. */
export type HostSend = <N extends 'content:annotate-text' | 'content:start-engine-host'>(name: N, payload: RequestOf<N>) => Promise<ResponseOf<N>>;

/**
 * The client's two messages by their routes: texts over the engine host's own port (`viaPort`),
 * the restart request to the background as any other message.
 */
export function hostSend(viaPort: ReturnType<typeof portSender>, toBackground: typeof sendToBackground = sendToBackground): HostSend {
  return ((name, payload) => (name === 'content:annotate-text' ? viaPort(name, payload) : toBackground(name, payload))) as HostSend;
}

/** Longest wait for one answer: the host may be busy with another tab's long page, but never this long. */
export const HOST_TIMEOUT_MS = 20_000;

function withTimeout<T>(work: Promise<T>, ms: number, timers: Timers): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = timers.set(() => reject(new Error(`the engine host did not answer within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => timers.clear(timer));
  });
}

/** Timer functions, passed in so tests can give their own clock. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const WINDOW_TIMERS: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** An engine source that prefers the host and falls back to `inPage` (loaded only if needed). */
export function hostedEngineSource(
  send: HostSend,
  inPage: ModelSource,
  timers: Timers = WINDOW_TIMERS,
  /** Work for the main thread while the host works, one round per task while it answers true. */
  whileWaiting: () => boolean = warmReplyParser,
  /** A text already sent and its raw reply (the content script's early read): the first ask for that text takes it. */
  early: { text: string; reply: Promise<unknown> } | null = null,
): ModelSource & { readonly where: 'host' | 'page'; readonly hostEngineMs: number } {
  let fellBack = false;
  let sentEarly = early;
  const request = (text: string): Promise<ResponseOf<'content:annotate-text'>> => {
    if (sentEarly?.text !== text) return send('content:annotate-text', { text });
    const { reply } = sentEarly;
    sentEarly = null;
    return reply.then((raw) => readReply('content:annotate-text', raw));
  };
  let hostEngineMs = 0;
  let warmQueued = false;
  const ask = async (text: string): Promise<Attribution[]> => {
    const answer = withTimeout(request(text), HOST_TIMEOUT_MS, timers);
    // In tasks of their own while the host works: not added to the task that read and sent the text.
    if (!warmQueued) {
      warmQueued = true;
      const round = () => {
        if (whileWaiting()) timers.set(round, 0);
      };
      timers.set(round, 0);
    }
    const reply = await answer;
    const attributions = unpackAttributions(reply.packed, text); // throws on a span outside the text
    hostEngineMs += reply.engineMs;
    return attributions;
  };
  const inPageAnnotate = async (text: string) => {
    await inPage.start();
    return inPage.annotate(text);
  };
  const hostThenPage = async (text: string): Promise<Attribution[]> => {
    try {
      return await ask(text);
    } catch {
      try {
        await withTimeout(send('content:start-engine-host', {}), HOST_TIMEOUT_MS, timers);
        return await ask(text);
      } catch (error) {
        console.warn('Sourcelight: the engine host is unavailable, so the engine runs in this page', error);
        fellBack = true;
        return inPageAnnotate(text);
      }
    }
  };
  return {
    start: () => (fellBack ? inPage.start() : Promise.resolve(null as never)),
    get model() {
      return inPage.model;
    },
    ready: () => (fellBack ? inPage.ready() : undefined),
    annotate(text: string): Attribution[] | Promise<Attribution[]> {
      // Fallen back with the page's engine loaded: answer at once, so the run slices its work
      // (and asks nothing ahead) as for any engine in the page.
      if (fellBack && inPage.model) return inPage.annotate(text);
      return fellBack ? inPageAnnotate(text) : hostThenPage(text);
    },
    get timings() {
      return inPage.timings;
    },
    get where() {
      return fellBack ? 'page' : 'host';
    },
    get hostEngineMs() {
      return hostEngineMs;
    },
  };
}
