/**
 * The engine host's answer to a text, as a page validates it: its own file, so the small content
 * script, which paints an ordinary article from that answer before the session's module loads,
 * bundles this schema without the whole message protocol (utils/messages.ts uses it too).
 */
import { z } from '@/utils/zod-mini';
import { lazy } from '@/utils/lazy';
import { SOURCE_TYPES } from '@/utils/attribution/types';

/**
 * An array whose every element passes `is`, checked in one pass. A schema per element costs a
 * fresh page's first parse of an article's answer (about a thousand numbers) several milliseconds
 * of cold zod code right before the paint (Chrome profile); this check does the same in a loop.
 */
const arrayOf = <T>(is: (value: unknown) => value is T, what: string) =>
  z.custom<T[]>((value) => Array.isArray(value) && value.every(is), `Invalid input: expected an array of ${what}`);

const MAX_PACKED_STRING = 10_000;
const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isPackedString = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_PACKED_STRING;
const sourceTypeSet = lazy(() => new Set<unknown>(SOURCE_TYPES));
const isSourceType = (value: unknown): value is (typeof SOURCE_TYPES)[number] => sourceTypeSet().has(value);

/**
 * The engine's attributions as the engine host sends them (utils/engine-host/packed-attributions.ts):
 * flat arrays, which a page parses far faster than objects; rebuilt and span-checked on arrival.
 */
export const packedAttributionsSchema = lazy(() =>
  z.object({
    spans: arrayOf(isInteger, 'integers'),
    strings: arrayOf(isPackedString, `strings of at most ${MAX_PACKED_STRING} characters`),
    types: arrayOf(isSourceType, `source types (${SOURCE_TYPES.join(', ')})`),
  }),
);

/** `content:annotate-text`'s answer: the packed attributions and the engine's time on the text. */
export const annotateTextResponseSchema = lazy(() => z.object({ packed: packedAttributionsSchema(), engineMs: z.number() }));
