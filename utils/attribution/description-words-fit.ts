/**
 * Two checks of `canBe` (description-fit.ts) on the word before a role: one that brings someone new
 * in or names a side ("The first witness", "The opposition leader"), and a portfolio in lower case
 * ("the health secretary", "the police chief"). Either makes the role someone the text described
 * so, never merely the nearest name.
 */
import type { Entity } from './source-entity';
import { headPattern } from './head-patterns';

/** Offices named by their portfolio in lower case ("the health secretary", "the finance minister", "the police chief"). */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['secretary', 'minister', 'chief', 'commissioner', 'commander']);
/** Words before such an office that name no portfolio ("the former minister", "the prime minister"). */
/** (source-phrase.ts reads the same list before "secretary": "the press secretary", "the union secretary" speak for a body.) */
export const NOT_PORTFOLIOS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'former', 'new', 'then', 'senior', 'junior', 'deputy', 'assistant', 'acting', 'interim', 'shadow',
  'outgoing', 'incoming', 'current', 'prime', 'cabinet', 'chief', 'top', 'general', 'permanent', 'press', 'company', 'executive', 'union', 'party']);

/**
 * "The health secretary" is one the text called so ("Health Secretary Ann Lowe", "Ann Lowe, the
 * health secretary"), never merely the nearest name (the trust's chief executive quoted before).
 */
export function fitsPortfolio(phrase: string, head: string, e: Entity): boolean {
  if (!PORTFOLIO_HEADS.has(head)) return true;
  const words = phrase.trim().split(/\s+/u);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  const portfolio = at > 0 ? words[at - 1] : '';
  if (!/^\p{Ll}+$/u.test(portfolio) || NOT_PORTFOLIOS.has(portfolio)) return true;
  return headPattern(portfolio).test(`${e.description} ${e.name}`);
}

/**
 * Words before a role that bring in someone new or name a side: "The first witness", "another
 * analyst", "The opposition leader", "the defence barrister".
 */
const NEWCOMER_OR_SIDE = /^(?:the|a|an)?\s*(first|second|third|fourth|fifth|next|final|last|latest|another|opposition|rival|defence|defense|prosecution|prosecuting)\s/iu;

/**
 * "The first witness" or "The opposition leader" is never merely the nearest name (in a trial,
 * the barrister; after a reshuffle, a new minister): only one the text described with the same
 * head noun or the same word before it ("Jane Doe, the first witness"; "Keir Hale, the opposition's leader").
 */
export function fitsNewcomer(phrase: string, head: string, e: Entity): boolean {
  const word = NEWCOMER_OR_SIDE.exec(phrase.trim())?.[1];
  if (word === undefined) return true;
  const said = `${e.description} ${e.name}`;
  return headPattern(head).test(said) || headPattern(word.toLowerCase()).test(said);
}
