/**
 * The engine's public data: plain, serialisable values, so the same results travel from the
 * engine to the content script, the CLI, the background and the tests without conversion.
 */

/** Source kinds from journalism-ethics practice; the last three are the anonymous ones. */
export const SOURCE_TYPES = [
  'named-person',
  'named-organization',
  'document',
  'unnamed-person',
  'unnamed-group',
  'anonymous-source',
] as const;

/** One of SOURCE_TYPES; a union so every switch over it is checked for exhaustiveness. */
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A half-open range of UTF-16 code units in the annotated text, as `text.slice(start, end)` reads it. */
export interface Span {
  start: number;
  end: number;
}

/** Who a mention ("he", "the newspaper") stands for, so the reader sees a name, not a pronoun. */
export interface ResolvedSource {
  /** Short name of the entity: "Dmitry Peskov", "a diplomat", "the Financial Times". */
  name: string;
  /** Fullest description the text gives: "Dmitry Peskov, a Kremlin spokesman". */
  description: string;
  sourceType: SourceType;
}

/** One claim and who it is attributed to: the unit every later stage works on. */
export interface Attribution {
  /** Stable across runs on the same text: derived from the spans, not from a counter. */
  id: string;
  /** One or more spans; a quote interrupted by its cue is two. */
  content: Span[];
  cue: Span | null;
  source: Span | null;
  sourceType: SourceType;
  /** True for unnamed-person, unnamed-group and anonymous-source. */
  anonymous: boolean;
  resolvedSource: ResolvedSource;
  /** The content spans' text joined, so consumers need not slice. */
  claim: string;
}

/** Spans of one attribution before its source is typed: the output of the span finder. */
export interface AttributionSpans {
  content: Span[];
  cue: Span | null;
  source: Span | null;
}

/** Anonymous means the reader cannot identify the source: these three types. */
export function isAnonymousType(type: SourceType): boolean {
  return type === 'unnamed-person' || type === 'unnamed-group' || type === 'anonymous-source';
}
