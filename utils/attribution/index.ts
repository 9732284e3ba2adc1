/** The engine's one door: text in, attributions out; nothing here knows the DOM or the browser. */
export { annotate } from './annotate';
export type { AttributionModel } from "./model";
export type { Attribution, AttributionSpans, ResolvedSource, SourceType, Span } from './types';
export { SOURCE_TYPES, isAnonymousType } from './types';
