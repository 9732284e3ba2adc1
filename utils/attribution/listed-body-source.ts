/**
 * A source the tagger cut at the comma inside a body's name that lists what it serves ("A
 * Department for Environment, | Food and Rural Affairs spokesperson said"): the reader should see
 * the whole body, and whoever speaks for it ("A spokesman for the Ministry of Housing, Communities
 * and Local Government"), not the list's tail as if it were a name of its own.
 */
import type { AttributionSpans } from './types';
import { mendEach } from './reading-passes';
import { groups, words } from './source-name-groups';
import { ANONYMOUS_PLURAL_NOUNS, ANONYMOUS_ROLE_NOUNS, GROUP_NOUNS, PERSON_ROLE_NOUNS, SPOKES_NOUNS } from './source-lexicon';

/** The nouns of people who may speak for a body. */
const SPEAKER_NOUNS = [SPOKES_NOUNS, PERSON_ROLE_NOUNS, GROUP_NOUNS, ANONYMOUS_ROLE_NOUNS, ANONYMOUS_PLURAL_NOUNS];

/** How far back a listed body's name may start before the comma the source opens after. */
const LOOK_BACK = 120;
/** The article right before a body's name. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])((?:[Aa]n?|[Tt]he) )$/u;
/** Who speaks for the body, before its name: "a spokesman for the", "Officials at the". */
const SPEAKER_FOR = /(?:^|[^\p{L}])((?:(?:[Aa]n?|[Tt]he) )?(\p{L}+) (?:for|at|of|from) )$/u;

/** Readings whose source opens inside a listed body's name given the whole name, and its speaker before it. */
export function withListedBodySource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, listedBodySource);
}

function listedBodySource(text: string, f: AttributionSpans): AttributionSpans {
  const s = f.source;
  if (!s || s.start < 2 || text.charCodeAt(s.start - 2) !== 44 || text.charCodeAt(s.start - 1) !== 32) return f;
  const from = Math.max(0, s.start - LOOK_BACK);
  const window = text.slice(from, s.end);
  const cut = s.start - 2 - from;
  const body = groups(window, words(window)).find((g) => g.words[0].start < cut && g.words[g.words.length - 1].end > cut + 2);
  if (!body) return f;
  let start = from + body.words[0].start;
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  if (article) start -= article[1].length;
  const speaker = SPEAKER_FOR.exec(text.slice(Math.max(0, start - 40), start));
  const role = speaker?.[2].toLowerCase() ?? '';
  if (speaker && SPEAKER_NOUNS.some((nouns) => nouns.has(role))) start -= speaker[1].length;
  return { ...f, source: { start, end: s.end } };
}
