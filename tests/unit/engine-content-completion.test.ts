/** A claim cut on a word that needs more ("as early as", "too early to") runs on to its clause's end, never over another cue. */
import { describe, expect, it } from 'vitest';
import { danglingEndCompleter } from '../../utils/attribution/content-completion';
import { withoutLeadingAdverb, withoutLeadingConnective, withoutLeadingListener } from '../../utils/attribution/claim-edges';
import { prepareDoc } from '../../utils/attribution/features';
import { findAttributionSpans } from '../../utils/attribution/spans';
import type { AttributionSpans } from '../../utils/attribution/types';
import { loadModelFromDisk } from '../../scripts/lib/model-file';
import { spanOf } from './span-helpers';

/** The claim `cut` (a prefix of the text after `from`) completed, as text. */
function completed(text: string, cut: string, cues: string[] = []): string {
  const start = text.indexOf(cut);
  const found: AttributionSpans[] = cues.map((c) => ({ source: null, cue: { start: text.indexOf(c), end: text.indexOf(c) + c.length }, content: [] }));
  const s = danglingEndCompleter(prepareDoc(text), found)({ start, end: start + cut.length });
  return text.slice(s.start, s.end);
}

describe('danglingEndCompleter', () => {
  it.each([
    ['a preposition, to the sentence end', 'Aides said the vote could come as early as next week.', 'the vote could come as early as', 'the vote could come as early as next week'],
    ['an infinitive marker', 'The mayor said it was too early to tell what caused the fire.', 'it was too early to', 'it was too early to tell what caused the fire'],
    ['stops at a semicolon', 'She said the plan would; others disagreed.', 'the plan would', 'the plan would'],
    ['stops before a quotation', 'He said the board had "failed the town".', 'the board had', 'the board had'],
    ['a claim ending on a noun stays', 'Officials said the bridge was safe for now.', 'the bridge was safe', 'the bridge was safe'],
    ['a "that" clause cut where an apposition opens, before its verb', 'The prosecutor told the court that the victim, an 81-year-old man, had withdrawn £200.', 'that the victim', 'that the victim, an 81-year-old man, had withdrawn £200'],
    ['an aside with "not"', 'The union said that jobs, not wages, are the priority.', 'that jobs', 'that jobs, not wages, are the priority'],
    ['near miss: a clause that has its verb stays before a connective', 'He said that the rule was fair, however, and others agreed.', 'that the rule was fair', 'that the rule was fair'],
  ])('%s', (_label, text, cut, expected) => {
    expect(completed(text, cut)).toBe(expected);
  });

  it('never runs over another cue', () => {
    const text = 'He said the council was told by engineers that the bridge was unsafe.';
    expect(completed(text, 'the council was', ['told'])).toBe('the council was');
  });

  it.each([
    ['a second "that" clause', 'Inspectors found that the dam was cracked and that repairs had been delayed.', 'that the dam was cracked', 'that the dam was cracked and that repairs had been delayed'],
    ['after a comma', 'Auditors noted that costs rose, and that nobody had checked the invoices.', 'that costs rose', 'that costs rose, and that nobody had checked the invoices'],
    ['not for a claim without "that"', 'Auditors noted costs rose and that nobody had checked.', 'costs rose', 'costs rose'],
  ])('%s', (_label, text, cut, expected) => {
    expect(completed(text, cut)).toBe(expected);
  });

  it.each([
    ['the rest of a list of names', 'The minister warned against smugglers from Ruritania, Borduria and Syldavia.', 'smugglers from Ruritania', 'smugglers from Ruritania, Borduria and Syldavia'],
    ['the second of a pair', 'Residents demand clean water and a fair deal from Vantel, she said.', 'clean water', 'clean water and a fair deal from Vantel'],
    ['not a new clause with its own verb', 'She praised the nurses and thanked the porters.', 'the nurses', 'the nurses'],
    ['not a new subject pronoun', 'He backed the plan and they agreed.', 'the plan', 'the plan'],
    ['not an abbreviated title', 'He criticised the mayor and Mr. Okafor.', 'the mayor', 'the mayor'],
    ['not after a closing quote mark', 'She called the plan "reckless," and Ms Diaz agreed.', 'the plan "reckless,"', 'the plan "reckless,"'],
  ])('%s', (_label, text, cut, expected) => {
    expect(completed(text, cut)).toBe(expected);
  });

  it('runs over no other cue in a list tail', () => {
    const text = 'Critics attacked the levy and told voters it would fail.';
    expect(completed(text, 'the levy', ['told'])).toBe('the levy');
  });
});

describe('withoutLeadingConnective', () => {
  it.each([
    ['However, growth slowed in the spring, the bank said.', 'However, growth slowed in the spring', 'growth slowed in the spring'],
    ['In addition, the agency will hire 40 inspectors, a spokesman said.', 'In addition, the agency will hire 40 inspectors', 'the agency will hire 40 inspectors'],
    ['And Ms. Lund now leads by nine points, a poll found.', 'And Ms. Lund now leads by nine points', 'Ms. Lund now leads by nine points'],
    ['Andorra will vote in May, officials said.', 'Andorra will vote in May', 'Andorra will vote in May'],
    ['“We tried. However, it failed,” he said.', 'However, it failed,', 'However, it failed,'],
  ])('%s', (text, claim, expected) => {
    const s = withoutLeadingConnective(text, spanOf(text, claim));
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
});

describe('withoutLeadingAdverb', () => {
  it.each([
    ['privately that they worried about the price', 'that they worried about the price'],
    ['publicly that the plan was sound', 'that the plan was sound'],
    ['that the plan was sound', 'that the plan was sound'],
    ['early that morning', 'early that morning'],
    ['only that', 'only that'],
  ])('%s', (claim, expected) => {
    const text = `Some doctors said ${claim}.`;
    const s = withoutLeadingAdverb(text, { start: 18, end: 18 + claim.length });
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
});

describe('withoutLeadingListener', () => {
  it.each([
    ['wrote in a note to', 'clients that the cuts were too small', 'that the cuts were too small'],
    ['told', 'city reporters that the road would reopen', 'that the road would reopen'],
    ['said', 'officials that were named', 'officials that were named'],
    ['told', 'that the road would reopen', 'that the road would reopen'],
  ])('%s + %s', (cue, claim, expected) => {
    const text = `Analysts ${cue} ${claim}.`;
    const c = { start: 9, end: 9 + cue.length };
    const s = withoutLeadingListener(text, c, { start: c.end + 1, end: c.end + 1 + claim.length });
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
});

describe('through the span finder', () => {
  it('a claim of a document keeps its source whole, the participle in it is no cue', () => {
    const text = 'According to an audit published alongside the accounts, the museum lost money for the third year running.\n';
    const found = findAttributionSpans(text, loadModelFromDisk()).map((f) => ({ cue: f.cue && text.slice(f.cue.start, f.cue.end), source: f.source && text.slice(f.source.start, f.source.end) }));
    expect(found).toContainEqual({ cue: 'According to', source: 'an audit published alongside the accounts' });
    expect(found.filter((f) => f.cue === 'published')).toEqual([]);
  });

  it('a lead claim keeps its last words', () => {
    const text = 'Diplomats familiar with the negotiations said a new round of talks could begin as early as Wednesday.\n';
    const found = findAttributionSpans(text, loadModelFromDisk()).find((f) => f.cue && text.slice(f.cue.start, f.cue.end) === 'said');
    expect(found?.content.map((c) => text.slice(c.start, c.end))).toEqual(['a new round of talks could begin as early as Wednesday']);
  });
});
