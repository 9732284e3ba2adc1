/**
 * Labels a page puts before a colon that name no speaker: captions ("Pictured:", "Photo:"), links
 * and rubrics ("Watch:", "Read more:", "Analysis:"), notes ("Correction:", "Editor’s note:"), a fact
 * check's parts ("CLAIM:", "VERDICT:", "THE FACTS:") and a match report's score ("Harwick 2-1
 * Stoneleigh:"), and a digest's section head ("PERU: Quake damages homes"). A transcript's "MARTINEZ:"
 * or an interview's "Ruiz:" is a speaker; these never are.
 */
import type { AttributionSpans, Span } from './types';
import { keepEach } from './reading-passes';
import { COUNTRY_NAMES } from './source-lexicon-names';

const LABELS = new Set(
  `pictured photo photos photograph picture image images video watch listen read more related see also
  update updated updates breaking exclusive analysis opinion comment correction clarification note
  notes warning credit credits caption graphic illustration map chart above below top
  left right inset file main lead live latest timeline background context explainer advertisement
  sponsored claim claims verdict facts rating ruling summary sources conclusion`.split(/\s+/u),
);

/** A score between two sides ("2-1", "3 – 0"): a match report's headline, no speaker. */
const SCORE = /\d\s*[-–—]\s*\d/u;

/** Whether the last word before a colon makes it a page's label rather than a speaker's name. */
export function isColonLabel(lastWord: string): boolean {
  return LABELS.has(lastWord.toLowerCase());
}

/** Drops readings whose cue is a colon after a label ("Pictured: Released detainees arrive …"). */
export function withoutColonLabels(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return keepEach(text, found, hasNoColonLabel);
}

/** Whether `withoutColonLabels` keeps a reading (a step for reading-passes.ts). */
function hasNoColonLabel(text: string, a: AttributionSpans): boolean {
  if (!a.cue || !a.source || text.slice(a.cue.start, a.cue.end) !== ':') return true;
  const label = text.slice(a.source.start, a.source.end).trim();
  const words = label.split(/\s+/u);
  return !(words.length <= 2 && isColonLabel(words[words.length - 1])) && !SCORE.test(label) && !isSectionHead(text, label, a.cue.end);
}

/** The longest line read as a digest's headline after its label. */
const SECTION_HEAD_LENGTH = 120;

/**
 * A digest's section head ("PERU: Quake damages homes in southern Andes"): a place's name before the
 * colon, or a label in capitals and a line after it that is a headline (short, no sentence's end).
 */
export function isSectionHead(text: string, label: string, colonEnd: number): boolean {
  if (COUNTRY_NAMES.has(label.toLowerCase().replace(/\s+/gu, '_'))) return true;
  // (only after a label in capitals: "Sanders: Endorsements prove …" is a headline's quotation)
  if (label !== label.toUpperCase()) return false;
  const lineEnd = text.indexOf('\n', colonEnd);
  const rest = text.slice(colonEnd, lineEnd < 0 ? text.length : lineEnd).trim();
  return rest.length > 0 && rest.length <= SECTION_HEAD_LENGTH && !/[.!?"”’)…]$/u.test(rest);
}

/** A line opening on a short label and its colon: a section head, if `isSectionHead` says so. */
const LABEL_LINE = /^[ \t]*([^\n:"“”]{1,40}):[ \t]+/gmu;

/**
 * A digest's section heads' labels ("PERU" of "PERU: Quake damages homes …"), each from its line's
 * start to its colon, when the text has two or more of them (one "NOTE:" line makes no digest).
 * Each item is its own story: who a later "the agency" or "she" means is looked for inside it only,
 * and the label names no one.
 */
export function sectionHeadLabels(text: string): Span[] {
  if (!text.includes(':')) return [];
  const labels: Span[] = [];
  for (const m of text.matchAll(LABEL_LINE)) {
    if (isSectionHead(text, m[1].trim(), m.index + m[0].length)) labels.push({ start: m.index, end: m.index + m[0].indexOf(':') });
  }
  return labels.length >= 2 ? labels : [];
}
