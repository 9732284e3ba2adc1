/**
 * A quotation set up by a short sentence about its speaker ("Pennington disagreed. “There was never
 * a promise.”"; "Whitlow was more measured. “We have to look at ourselves.”"): news names the
 * speaker, says how they took it, then quotes them with no "she said". The quotation is theirs.
 */
import { windowBefore } from './clause-start';
import { quotationEnd, uncoveredTest } from './quote-continuation';
import type { AttributionSpans } from './types';

/**
 * A sentence start, a name (up to three capitalised words, a title allowed) or "He"/"She"/"They",
 * a verb (past or present, or "was" and an adjective, with one degree word), maybe "that"/"it" and
 * an adverb, its full stop, then an opening quotation mark.
 */
const SETUP_BEFORE_QUOTE = /(?:^|[.!?]["”’]?[ \t]+|\n)((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+((?:was|were|is|are|seemed|sounded|looked)\s+(?:(?:more|less|far|much|rather|equally|not)\s+)?\p{Ll}{3,}|\p{Ll}{3,}(?:ed|s)(?:\s+(?:that|it|this))?)(?:\s+\p{Ll}+ly)?\.[ \t]*(?:\n\s*)?$/u;
/** How far before a quotation its setup sentence may start. */
const SETUP_REACH = 120;
/** Opening marks of a quotation that may follow a setup. */
const OPENING = /[“"]/gu;
/** Capitalised words that open sentences but name no one. */
const NOT_SPEAKERS = new Set('The A An It This That These Those There Here We I You Our Their His Her Its But And So Yet Then Now Still Later Earlier Meanwhile However'.split(' '));
/** A quotation mark, then a verb of saying, before or after its speaker: the quotation has a cue of its own. */
const OWN_CUE = /["“”]\s*,?\s+(?:(?:\p{Ll}+|\p{Lu}[\p{L}'’-]+)\s+)?(?:said|says|asked|asks|added|adds|told|tells|replied|insisted|continued|noted|notes|wrote|writes|argued|explained)\b/u;
/** A claim that only points at what came before ("disputed that"). */
const BARE_OBJECT = /^(?:that|it|this|so)$/iu;
/** Longest quotation taken. */
const MAX_QUOTE = 1500;

/** Space, tab, line break or no-break space: what may stand between a setup's full stop and its quotation. */
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/** Where the quotation opening at `open` ends: its closing mark, else the end of its paragraph (one running on). */
function quoteEnd(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_QUOTE);
  const closed = quotationEnd(text, open, limit);
  if (closed >= 0) return closed;
  const line = text.indexOf('\n', open);
  return line >= 0 && line < limit ? line : limit;
}

/**
 * The readings of quotations so set up that no attribution covers yet; a setup already read with a
 * bare "that" for its claim (`found`, changed in place) takes the quotation as its claim instead.
 */
export function findSetupQuotes(text: string, found: AttributionSpans[]): AttributionSpans[] {
  if (!text.includes('“') && !text.includes('"')) return [];
  const uncovered = uncoveredTest(text, found);
  // readings by where their source starts: a setup already read is found in one lookup (linear in the text)
  const bySource = new Map<number, AttributionSpans>();
  for (const f of found) if (f.source) bySource.set(f.source.start, f);
  const out: AttributionSpans[] = [];
  // each opening mark right after a full stop is asked about the sentence before it (far fewer than sentences)
  for (const q of text.matchAll(OPENING)) {
    const open = q.index;
    let k = open - 1;
    while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
    if (k < 0 || text.charCodeAt(k) !== 46) continue;
    const { window, offset: base } = windowBefore(text, open, SETUP_REACH);
    const m = SETUP_BEFORE_QUOTE.exec(window);
    if (!m) continue;
    const firstWord = m[1].split(/\s+/u)[0];
    // "Clinton's focus." is no one doing anything
    if (NOT_SPEAKERS.has(firstWord) || /['’]s?$/u.test(m[1])) continue;
    const subject = base + m.index + m[0].indexOf(m[1]);
    const verb = base + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    const end = quoteEnd(text, open);
    // a quotation with its own cue ("“…?“ he asked.") is read by the finder, not here
    if (end - open < 4 || OWN_CUE.test(text.slice(open, Math.min(text.length, end + 30)))) continue;
    const quote = { start: open, end };
    // "Mrs Holloway disputed that. “…”": a reading of the setup whose claim opens with a bare "that"
    // takes the quotation as its claim instead
    const setup = bySource.get(subject);
    const bare = setup !== undefined && setup.content.length > 0 && setup.content[0].start >= verb && setup.content[0].end <= open &&
      BARE_OBJECT.test(text.slice(setup.content[0].start, setup.content[0].end)) ? setup : undefined;
    if (bare) {
      const rest = bare.content.slice(1);
      bare.content = rest.some((c) => c.start === open) ? rest : [quote, ...rest];
    } else if (uncovered(subject, end)) {
      out.push({ source: { start: subject, end: subject + m[1].length }, cue: { start: verb, end: verb + m[2].length }, content: [quote] });
    }
  }
  return out;
}
