/**
 * What the engine host's page and its worker say to each other: a request per text, a reply per
 * request. Both sides parse what they receive, so a bug on one side reads as an error, not a crash.
 */
import { z } from '@/utils/zod-mini';
import { lazy } from '@/utils/lazy';

/** Page -> worker: annotate `text`, answer with the same `id`. */
export const workerRequestSchema = lazy(() => z.object({ id: z.number().check(z.int()), text: z.string() }));

/** Worker -> page: the engine's attributions (checked again by the message protocol) or why not. */
export const workerReplySchema = lazy(() =>
  z.union([
    z.object({ id: z.number(), ok: z.literal(true), attributions: z.array(z.unknown()), engineMs: z.number() }),
    z.object({ id: z.number(), ok: z.literal(false), error: z.string() }),
  ]),
);

/** A parsed request. */
export type WorkerRequest = z.infer<ReturnType<typeof workerRequestSchema>>;
/** A parsed reply. */
export type WorkerReply = z.infer<ReturnType<typeof workerReplySchema>>;
