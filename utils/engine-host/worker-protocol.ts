/**
 * What the engine host's page and its worker say to each other: a request per text, a reply per
 * request. Both sides parse what they receive, so a bug on one side reads as an error, not a crash.
 */
import { z } from '@/utils/zod-mini';
import { lazy } from '@/utils/lazy';
import { SOURCE_TYPES } from '@/utils/attribution/types';

/** Page -> worker: annotate `text`, answer with the same `id`. */
export const workerRequestSchema = lazy(() => z.object({ id: z.number().check(z.int()), text: z.string() }));

/** Worker -> page: the engine's attributions, packed (checked again by the message protocol), or why not. */
export const workerReplySchema = lazy(() =>
  z.union([
    z.object({
      id: z.number(), ok: z.literal(true), engineMs: z.number(),
      packed: z.object({ spans: z.array(z.number()), strings: z.array(z.string()), types: z.array(z.enum(SOURCE_TYPES)) }),
    }),
    z.object({ id: z.number(), ok: z.literal(false), error: z.string() }),
  ]),
);

/** A request as the worker reads it once parsed (what its handler may rely on). */
export type WorkerRequest = z.infer<ReturnType<typeof workerRequestSchema>>;
/** A reply as the page reads it once parsed (success and failure kept apart by `ok`). */
export type WorkerReply = z.infer<ReturnType<typeof workerReplySchema>>;
