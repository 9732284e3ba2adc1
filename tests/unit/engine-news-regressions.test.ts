/**
 * Sentences a review of this session's engine rules found misread, and one seen in the demo (each
 * is ordinary news): the rules must leave them as a reader would, and odd openings must not crash.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { describeAfter } from '../../utils/attribution/source-description';
import { doubleQuotedView } from '../../utils/attribution/single-quotes';
import { loadModelFromDisk } from '../../scripts/lib/model-file';
import { withoutLeadingListener } from '../../utils/attribution/claim-edges';
import { spanOf } from './span-helpers';

const model = loadModelFromDisk();
const read = (text: string) => annotate(text, model).map((a) => ({
  source: a.source && text.slice(a.source.start, a.source.end), cue: a.cue && text.slice(a.cue.start, a.cue.end),
  content: a.content.map((c) => text.slice(c.start, c.end)), description: a.resolvedSource.description,
}));

describe('review regressions', () => {
  it.each(['Has said the bridge will close next week.', 'Has confirmed that the plan was sound.', 'Privately admitted the plan was sound and cheap.'])(
    'an auxiliary or adverb opening the text does not crash: %s', (text) => {
      expect(() => annotate(text, model)).not.toThrow();
    });

  it.each([
    ['Poll workers found dozens of uncounted ballots in a storage room.'],
    ['Survey crews found cracks in the dam on Monday.'],
    ['The hospital admitted 40 patients with flu symptoms on Monday.'],
  ])('no document or "admitted" reading where there is none: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('the listener rule leaves "according to" and "pointed to" alone', () => {
    expect(read('According to the report, many residents that lived near the plant fell ill.')[0]?.content).toEqual(['many residents that lived near the plant fell ill']);
    // whether the taggers take "pointed to" for a cue is the model's call; the rule must leave its claim whole
    const text = 'He pointed to figures that showed a sharp rise in arrests.';
    const claim = spanOf(text, 'figures that showed a sharp rise in arrests');
    expect(withoutLeadingListener(text, spanOf(text, 'pointed to'), claim)).toEqual(claim);
  });

  it('an acronym opening a claim is no dateline', () => {
    const text = 'Intro.\nNATO — not Washington — should lead the response, the minister said.';
    expect(read(text).find((f) => f.cue === 'said')?.content).toEqual(['NATO — not Washington — should lead the response']);
  });

  it.each([
    ['John Smith, a spokesman for Theresa May, said it.', 'John Smith'.length, 'a spokesman for Theresa May'],
    ['Ann Lee, the school principal since May, said it.', 'Ann Lee'.length, 'the school principal since May'],
    ['Ann Lee, a teacher at the school where she has worked since 1990, said it.', 'Ann Lee'.length, 'a teacher at the school where she has worked since 1990'],
    ['Jane Doe, who worked in finance, law and medicine, said it.', 'Jane Doe'.length, 'who worked in finance, law and medicine'],
    ['Unlike Tom Hill, chief executives backed the plan.', 'Unlike Tom Hill'.length, ''],
  ])('description after a name: %s', (text, end, expected) => {
    expect(describeAfter(text, end)).toBe(expected);
  });

  it('a clause before a name is no apposition, but the noun phrase after its "that" is', () => {
    const text = 'A spokesman for the mayor told reporters that the city manager, Ann Lee, had resigned. Lee said the council forced her out.';
    expect(read(text).find((f) => f.source === 'Lee')?.description).toBe('Ann Lee, the city manager');
  });

  it('an elision does not open a quotation', () => {
    const text = "Residents waited 'til Monday, the mayor said. The plan was 'dead', officials said, and the 'reform' was over.";
    expect(doubleQuotedView(text)).toBe("Residents waited 'til Monday, the mayor said. The plan was “dead”, officials said, and the “reform” was over.");
  });

  it('a relative source is widened over its noun phrase, not an opening adverbial', () => {
    const text = 'Last year the researchers, who followed 4,000 adults for ten years, found that sleep matters.';
    expect(read(text).find((f) => f.cue === 'found')?.source).toBe('the researchers, who followed 4,000 adults for ten years,');
  });

  it('a cue with no source of its own takes the subject before a relative clause, not a noun inside it', () => {
    const text = 'The spending plan, which will be put to a full assembly vote in May, also proposes doubling bus fares on weekends.';
    const found = annotate(text, model).find((a) => a.cue && text.slice(a.cue.start, a.cue.end).endsWith('proposes'));
    expect(found && found.source && text.slice(found.source.start, found.source.end)).toBe('The spending plan');
  });
});

/** The first attribution whose cue starts with `cue`, read as above, with its type and resolved name. */
const byCue = (text: string, cue: string) => {
  const all = annotate(text, model);
  const i = all.findIndex((a) => a.cue && text.slice(a.cue.start, a.cue.end).startsWith(cue));
  return i < 0 ? undefined : { ...read(text)[i], type: all[i].sourceType, name: all[i].resolvedSource.name };
};

describe('the subject of a passive "was blamed" or "was told" is no speaker', () => {
  it.each([
    ['Farmers were blamed for the fires by officials in the region.', 'were blamed', 'Farmers'],
    ['Dockworkers are being blamed for the shutdown by shippers along the coast.', 'are being blamed', 'Dockworkers'],
    ['The minister has been criticized for her handling of the strike.', 'has been criticized', 'The minister'],
    ['Police were blamed for the delays, the inquiry said.', 'were blamed', 'Police'],
  ])('the one judged is part of the claim: %s', (text, cue, subject) => {
    const found = byCue(text, cue);
    expect(found?.source).toBeNull();
    expect(found?.content[0]).toBe(subject);
    expect(found?.name).not.toBe(subject);
  });

  it.each([
    ['Residents were warned that the river could flood.', 'were warned', 'that the river could flood'],
    ['He was told that the contract would not be renewed.', 'was told', 'that the contract would not be renewed'],
  ])('the listener is dropped: %s', (text, cue, claim) => {
    expect(byCue(text, cue)).toMatchObject({ source: null, content: [claim], name: 'unattributed' });
  });

  it.each([
    ['The ruling party risked being blamed for the shutdown, analysts warned.', 'warned', 'analysts'],
    ['Critics blamed the ministry for the collapse of the talks.', 'blamed', 'Critics'],
    ['Ana Ruiz was quoted as saying the deal was dead.', 'was quoted', 'Ana Ruiz'],
  ])('active cues and speakers of the passive keep their source: %s', (text, cue, source) => {
    expect(byCue(text, cue)?.source).toBe(source);
  });
});

describe('outlets with the Arabic article, and bodies no one named', () => {
  it.each([
    ['Al-Jazeera reported that three soldiers were killed near the border.', 'reported', 'named-organization'],
    ['Three soldiers were killed near the border, according to Al-Jazeera.', 'according to', 'named-organization'],
    ['Al Arabiya reported that the talks had stalled.', 'reported', 'named-organization'],
    ['According to Al-Monitor, the envoy left Cairo on Tuesday.', 'According to', 'named-organization'],
    ['Al Gore said the climate bill was overdue.', 'said', 'named-person'],
    ['The team said the new stadium would open in August.', 'said', 'unnamed-group'],
    ['The squad said it would appeal the ruling.', 'said', 'unnamed-group'],
    ['The panel said the evidence was weak.', 'said', 'unnamed-group'],
    ['The Senate panel said the bill would pass.', 'said', 'named-organization'],
    ['Ana Ruiz left early. Her team said she was tired.', 'said', 'named-organization'],
  ])('%s -> %s', (text, cue, type) => {
    expect(byCue(text, cue)?.type).toBe(type);
  });

  it.each([
    ['Harbor United signed two defenders on Friday. The team said the deal was worth ten million euros.', 'said', 'Harbor United'],
    ['The Lantern Rowing Club fired its coach. The squad said it was shocked.', 'said', 'the Lantern Rowing Club'],
    ['Bashar al-Assad spoke on Monday. Al-Assad said the army would stay.', 'said', 'Bashar al-Assad'],
  ])('a second mention takes the entity named before: %s', (text, cue, name) => {
    expect(byCue(text, cue)).toMatchObject({ name });
    expect(byCue(text, cue)?.type).toBe(name.startsWith('Bashar') ? 'named-person' : 'named-organization');
  });
});
