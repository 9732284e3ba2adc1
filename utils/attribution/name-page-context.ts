/**
 * Where on the page a capitalised name stands when its capitals name no one: a heading set in
 * capitals ("EARTHQUAKE STRIKES OFF SOUTHERN KAVALIA") or a work's title in quotation marks ("the
 * documentary “Deep Ground”"). Read by the name index (source-names.ts), which skips such names.
 */
import { lineAround, MAX_HEADLINE } from './headline-case';

/** A work's noun right before its quoted title ("the documentary “", "his novel \""). */
const WORK_BEFORE = /\b(?:film|movie|documentary|book|novel|memoir|album|song|single|show|series|sitcom|play|opera|musical|exhibition|painting|podcast|programme|program|poem|essay|game)\s+["“]$/iu;

/** Whether the name stands alone in quotation marks (a comma or stop may close it inside) after a work's noun: a title ("the documentary “Deep Ground”"). */
export function isQuotedTitle(text: string, start: number, end: number): boolean {
  const close = text.charCodeAt(end) === 44 || text.charCodeAt(end) === 46 ? text.charCodeAt(end + 1) : text.charCodeAt(end);
  return (close === 0x201d || close === 34) && WORK_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** A line of three or more words and no lower-case letter: a heading in capitals. */
const CAPITALS_LINE = /^(?=(?:[^\p{L}]*\p{Lu}{2,}){3})[^\p{Ll}]+$/u;

/**
 * Whether the line holding `pos` is a heading in capitals (each line read once, remembered in
 * `seen` by its start). The line is found as a headline's is, read no further than a headline can
 * be long, so a text without line breaks costs no more per name than a short one.
 */
export function onCapitalsLine(text: string, pos: number, seen: Map<number, boolean>): boolean {
  const { start, end } = lineAround(text, pos);
  let known = seen.get(start);
  if (known === undefined) {
    known = end - start <= MAX_HEADLINE && CAPITALS_LINE.test(text.slice(start, end));
    seen.set(start, known);
  }
  return known;
}
