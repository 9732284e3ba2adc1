/**
 * A full disk (or a browser that caps our storage) makes IndexedDB refuse writes with a
 * QuotaExceededError, which Dexie may wrap. The reader must hear what happened in plain words:
 * what was not saved, that nothing saved before is lost (the failed transaction rolled back),
 * and what to do. Every background handler's errors pass through here.
 */
import type { MessageHandlers } from '../message-transport';

/** What the reader reads when a write did not fit. */
export const STORAGE_FULL_MESSAGE =
  'Not saved: your browser has no storage space left for Sourcelight. Everything saved before is kept. Free some disk space (or clear other sites’ data), then try again.';

/** Whether an error (or the error it wraps) is the browser refusing a write for lack of space. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, message, inner } = current as { name?: unknown; message?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /QuotaExceeded|quota (has been )?exceeded/i.test(message))) return true;
    current = inner;
  }
  return false;
}

/** The same handlers, with quota errors turned into STORAGE_FULL_MESSAGE and every other error left as it was. */
export function explainStorageErrors(handlers: MessageHandlers): MessageHandlers {
  const wrapped: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (...args: unknown[]) => unknown][]) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        throw isQuotaError(error) ? new Error(STORAGE_FULL_MESSAGE) : error;
      }
    };
  }
  return wrapped as MessageHandlers;
}
