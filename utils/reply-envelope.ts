/**
 * The envelope every reply travels in (`{ ok: true, data }` or `{ ok: false, error }`) and its
 * unwrapping: its own file, so the small content script reads the engine host's answer with the
 * same checks as utils/message-transport.ts without bundling the whole message protocol.
 */
import { z } from './zod-mini';
import { lazy } from './lazy';

/** A reply's envelope, success and failure kept apart by `ok`. */
export const replySchema = lazy(() => z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })]));

/** Unwraps `reply` to message `name` and validates its data, so a caller gets typed data or a thrown, readable error. */
export function unwrapReply<T>(name: string, reply: unknown, schema: z.ZodMiniType<T>): T {
  if (reply === undefined) throw new Error(`${name}: no receiver answered`);
  const parsed = replySchema().safeParse(reply);
  if (!parsed.success) throw new Error(`${name}: malformed reply`);
  if (!parsed.data.ok) throw new Error(parsed.data.error);
  const data = schema.safeParse(parsed.data.data);
  if (!data.success) throw new Error(`${name}: invalid reply: ${z.prettifyError(data.error)}`);
  return data.data;
}
