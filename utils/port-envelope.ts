/**
 * How a request and its reply travel on a runtime port, and the engine host's port name, in a
 * module with no zod: the small content script sends an article's text on it before the session's
 * module (which validates the reply) has loaded. port-transport.ts speaks the same envelopes.
 */
import type { MessageName, RequestOf } from './messages';

/**
 * The port content scripts send `content:annotate-text` over (runtime.connect): only the engine
 * host listens on it, so a text wakes no other context (a runtime message would reach Chrome's
 * service worker too, every time).
 */
export const ENGINE_HOST_PORT = 'sourcelight:engine-host';

/** A request as it goes on a port: the id pairs it with its reply, as several may be in flight. */
export function portRequest<N extends MessageName>(id: number, name: N, payload: RequestOf<N>): { id: number; message: { name: N; payload: RequestOf<N> } } {
  return { id, message: { name, payload } };
}

/** A reply as it comes off a port: its request's id and the raw, not yet validated, answer. */
export function portReply(raw: unknown): { id: number; reply: unknown } | null {
  const { id, reply } = (raw ?? {}) as { id?: unknown; reply?: unknown };
  return typeof id === 'number' ? { id, reply } : null;
}
