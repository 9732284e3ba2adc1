/**
 * Shared by the engine's reading tests: the shipped model, loaded once per file, and the two views
 * of a text's readings the tables compare (who speaks; what is claimed), as a reader sees them.
 */
import { annotate } from '../../utils/attribution/annotate';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

/** The model the extension ships. */
export const model = loadModelFromDisk();

/** Each reading's source span, the name it resolves to, and its type. */
export const readSources = (text: string) => annotate(text, model).map((a) => ({
  source: a.source && text.slice(a.source.start, a.source.end), name: a.resolvedSource.name, type: a.sourceType,
}));

/** Each reading's source span, cue and claim. */
export const readClaims = (text: string) => annotate(text, model).map((a) => ({
  source: a.source && text.slice(a.source.start, a.source.end), cue: a.cue && text.slice(a.cue.start, a.cue.end), claim: a.claim,
}));

/** The resolved name and type of the last reading whose source span is `source` (undefined when none has it). */
export const speakerOf = (text: string, source: string) => {
  const found = readSources(text).filter((r) => r.source === source).at(-1);
  return found && { name: found.name, type: found.type };
};

/** The resolved description of the last reading whose source span is `source` (undefined when none has it). */
export const descriptionOf = (text: string, source: string) =>
  annotate(text, model).filter((a) => a.source && text.slice(a.source.start, a.source.end) === source).at(-1)?.resolvedSource.description;
