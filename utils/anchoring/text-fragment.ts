/**
 * Links that scroll to and highlight a passage (URL text fragments, `#:~:text=`), so a note in
 * the list opens its page at the quoted words. Pure.
 */
import { CONTEXT_LENGTH, type TextQuoteSelector } from './selectors';

const WORDS_FOR_RANGE = 4;
const MAX_CONTEXT_WORDS = 3;

/** Percent-encodes a directive term: text fragments also reserve '-', ',' and '&'. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Widens the quote to whole words (text fragments match at word boundaries) using the
 * context, and keeps only whole words of the context itself.
 */
function wholeWords(quote: TextQuoteSelector): { exact: string; prefix: string; suffix: string } {
  let { exact, prefix, suffix } = quote;
  if (isWordChar(exact[0]) && isWordChar(prefix[prefix.length - 1])) {
    const head = /[\p{L}\p{N}]+$/u.exec(prefix)?.[0] ?? '';
    exact = head + exact;
    prefix = prefix.slice(0, prefix.length - head.length);
  }
  if (isWordChar(exact[exact.length - 1]) && isWordChar(suffix[0])) {
    const tail = /^[\p{L}\p{N}]+/u.exec(suffix)?.[0] ?? '';
    exact += tail;
    suffix = suffix.slice(tail.length);
  }
  const prefixWords = collapse(prefix).split(' ').filter(Boolean);
  const suffixWords = collapse(suffix).split(' ').filter(Boolean);
  // The first prefix word and last suffix word may be cut mid-word by the context window.
  const prefixWhole = /^\s/.test(prefix) || prefix.length < CONTEXT_LENGTH ? prefixWords : prefixWords.slice(1);
  const suffixWhole = /\s$/.test(suffix) || suffix.length < CONTEXT_LENGTH ? suffixWords : suffixWords.slice(0, -1);
  return {
    exact: collapse(exact),
    prefix: prefixWhole.slice(-MAX_CONTEXT_WORDS).join(' '),
    suffix: suffixWhole.slice(0, MAX_CONTEXT_WORDS).join(' '),
  };
}

/** The page URL (its own fragment replaced) with a text directive pointing at the quote. */
export function textFragmentUrl(pageUrl: string, quote: TextQuoteSelector): string {
  const base = pageUrl.replace(/#.*$/s, '');
  const { exact, prefix, suffix } = wholeWords(quote);
  if (!exact) return base;
  const words = exact.split(' ');
  const terms: string[] = [];
  if (prefix) terms.push(`${encodeFragmentTerm(prefix)}-`);
  if (words.length > WORDS_FOR_RANGE * 2) {
    terms.push(encodeFragmentTerm(words.slice(0, WORDS_FOR_RANGE).join(' ')));
    terms.push(encodeFragmentTerm(words.slice(-WORDS_FOR_RANGE).join(' ')));
  } else {
    terms.push(encodeFragmentTerm(exact));
  }
  if (suffix) terms.push(`-${encodeFragmentTerm(suffix)}`);
  return `${base}#:~:text=${terms.join(',')}`;
}
