import { describe, expect, it } from 'vitest';
import { spanOf } from './span-helpers';
import { readClaims } from './engine-readings';
import { widenCutName } from '@/utils/attribution/source-name-run';
import { subjectSourceSpan } from '@/utils/attribution/subject-span';
import { withoutButClause } from '@/utils/attribution/but-clause';
import { cueSubject } from '@/utils/attribution/source-nearby';
import { MentionTimeline } from '@/utils/attribution/mention-timeline';
import { indexNames } from '@/utils/attribution/source-names';
import { indexUnnamedMentions } from '@/utils/attribution/source-nouns';
import { ownerBeforeNounCue } from '@/utils/attribution/noun-cue-owner';

const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('a source cut inside a name is widened to the whole name', () => {
  it.each([
    ['Senator Ana Ruiz criticized the budget.', 'Senator', 'criticized', 'Senator Ana Ruiz'],
    ['Mary J. Blige sang before asking a question.', 'Mary', 'asking', 'Mary J. Blige'],
    ['The fund was backed by Tomas van Dijk on Monday.', 'Tomas', null, 'Tomas van Dijk'],
    ['“We are ready,” said Ana Ruiz. Then she left.', 'Ana', 'said', 'Ana Ruiz'],
  ])('%s', (text, source, cue, expected) => {
    expect(slice(text, widenCutName(text, spanOf(text, source), cue ? spanOf(text, cue) : null))).toBe(expected);
  });
  it.each([
    // a day, a month or a clause word ends the name; a lower-case word is no name; the cue is never crossed
    ['Ruiz Monday said the plan was dead.', 'Ruiz', 'said', 'Ruiz'],
    ['Ruiz And Lund said so.', 'Ruiz', 'said', 'Ruiz'],
    ['the mayor said so.', 'the mayor', 'said', 'the mayor'],
    ['Said Ruiz: “No.”', 'Ruiz', 'Said', 'Ruiz'],
    ['Ana Ruiz, a Democrat, said no.', 'Ana Ruiz, a Democrat', 'said', 'Ana Ruiz, a Democrat'],
  ])('near miss: %s', (text, source, cue, expected) => {
    expect(slice(text, widenCutName(text, spanOf(text, source), spanOf(text, cue)))).toBe(expected);
  });
});

describe('the speaker of a reading with no source span, where its own sentence names them', () => {
  it('marks a subject, with its article', () => {
    const text = 'The Harbour Trust renewed its lease, recognizing that the pier needed work.';
    expect(slice(text, subjectSourceSpan(text, spanOf(text, 'Harbour Trust'), spanOf(text, 'recognizing')))).toBe('The Harbour Trust');
  });
  it('marks an owner right before a noun cue, possessive included', () => {
    const text = 'Tulsa police’s claim that he fled was false.';
    expect(slice(text, subjectSourceSpan(text, spanOf(text, 'Tulsa police'), spanOf(text, 'claim')))).toBe('Tulsa police’s');
  });
  it.each([
    ['In a Bloomberg interview Ruiz declared that the deal was dead.', 'Bloomberg', 'declared'],
    ['Ruiz’s performance in the debate confirms where she stands.', 'Ruiz', 'confirms'],
    ['Turning to Lund, the chair asked for calm.', 'Lund', 'asked'],
  ])('near miss, no subject: %s', (text, mention, cue) => {
    expect(subjectSourceSpan(text, spanOf(text, mention), spanOf(text, cue))).toBeNull();
  });
  it.each([
    ['Ana Ruiz criticized the budget on Tuesday, saying it would hurt rural schools.', 'saying', 'Ana Ruiz'],
    ['The Harbour Trust renewed its lease for a decade, recognizing that the pier needed work.', 'recognizing', 'The Harbour Trust'],
  ])('read whole: %s', (text, cue, source) => {
    expect(readClaims(text).find((r) => r.cue === cue)?.source).toBe(source);
  });
});

describe('an object claim ends before a "but" clause', () => {
  const read = (text: string, cue: string, claim: string) =>
    withoutButClause(text, [{ source: spanOf(text, 'The inspector'), cue: spanOf(text, cue), content: [spanOf(text, claim)] }])[0].content.map((s) => slice(text, s));
  it('cuts the clause off', () => {
    const text = 'The inspector praised the crew for its speed but did not say whether the alarm had worked.';
    expect(read(text, 'praised', 'the crew for its speed but did not say whether the alarm had worked')).toEqual(['the crew for its speed']);
  });
  it.each([
    // "but" inside a noun phrase; a verb of saying reports the whole clause; a that-clause is a claim, not an object
    ['The inspector praised the small but dedicated crew.', 'praised', 'the small but dedicated crew'],
    // "not only … but also"; a reported clause without "that" (found by review)
    ['The inspector praised not only the crew but also the alarm.', 'praised', 'not only the crew but also the alarm'],
    ['The inspector conceded she had underestimated the cost but the project would still go ahead.', 'conceded', 'she had underestimated the cost but the project would still go ahead'],
    ['The inspector said the crew was fast but the alarm had failed.', 'said', 'the crew was fast but the alarm had failed'],
    ['The inspector found that the crew was fast but the alarm had failed.', 'found', 'that the crew was fast but the alarm had failed'],
  ])('near miss: %s', (text, cue, claim) => {
    expect(read(text, cue, claim)).toEqual([claim]);
  });
});

describe('a sentence whose subject has its own verb and object is no "subject, then cue" shape', () => {
  it('keeps the verb and its object out of the source of the -ing cue', () => {
    const text = 'The Ministry of Transport of the island state of Kell issued a statement on Thursday night warning that its ferries "will not sail in the form we know them" by the end of the decade.';
    const sources = readClaims(text).map((r) => r.source);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toBe('The Ministry of Transport of the island state of Kell');
  });
  it('near miss: a relative clause’s verb and object stay in the subject', () => {
    const text = 'Residents who attended the meeting warned that the ferry would stop.';
    expect(readClaims(text)[0]?.source).toBe('Residents who attended the meeting');
  });
});

describe('the speaker of a sourceless cue is read from the clause it hangs on', () => {
  /** The text's mentions as source typing indexes them. */
  const timelineOf = (text: string) => new MentionTimeline([...indexNames(text).mentions, ...indexUnnamedMentions(text, new Map())]);
  /** The speaker read for `cue`, whose claim is `claim` (else the rest of the text). */
  const speaker = (text: string, cue: string, claim?: string) => {
    const c = spanOf(text, cue);
    const content = claim ? [spanOf(text, claim)] : [{ start: c.end + 1, end: text.length - 1 }];
    const read = cueSubject(text, c, content, timelineOf(text));
    return read && { words: slice(text, read.span), name: read.entity.name };
  };
  it('the owner of a noun cue, possessive included, not the sentence’s subject (read from the text: noun-cue-owner.ts)', () => {
    const text = 'The fact-checkers at Lumen Post looked again at Harbour Police’s earlier claim that the driver had fled.';
    expect(slice(text, ownerBeforeNounCue(text, spanOf(text, 'claim')))).toBe('Harbour Police’s');
  });
  it('the subject of the joined clause, not the first name of the sentence', () => {
    expect(speaker('Mayor Ana Ruiz has backed the plan, but she refuses to name a date, aside from saying it will be soon.', 'saying')).toEqual({ words: 'she', name: 'Ana Ruiz' });
  });
  it('an owner right before its noun cue even after a preposition ("a fact-check on X’s claim")', () => {
    const text = 'Lumen Post ran a fact-check on Mayor Ana Ruiz’s claim that crime had fallen.';
    expect(readClaims(text).find((r) => r.cue === 'claim')?.source).toBe('Ana Ruiz’s');
    expect(slice(text, subjectSourceSpan(text, spanOf(text, 'Ana Ruiz'), spanOf(text, 'claim')))).toBe('Ana Ruiz’s');
  });
  it.each([
    ['Citing a report from the coast guard, Ruiz said the ferry was unsafe.', 'Citing', 'a report from the coast guard', 'Ruiz'],
    ['In defending herself and her record, Mayor Ana Ruiz offered a long account of the deal.', 'defending', 'herself and her record', 'Ana Ruiz'],
    ['Said Tomas Lund: “I do not get the sense she cares.”', 'Said', '“I do not get the sense she cares.”', 'Tomas Lund'],
  ])('the one named after a cue that opens its sentence: %s', (text, cue, claim, words) => {
    expect(speaker(text, cue, claim)?.words).toBe(words);
  });
  it('near miss: an opening participle whose phrase runs into the next sentence names no one', () => {
    expect(speaker('Citing a report from the coast guard. Ruiz said the ferry was unsafe.', 'Citing', 'a report from the coast guard')?.words).not.toBe('Ruiz');
  });
  it('near miss: a first name right after a verb is its object, never the speaker: the subject is (found by review)', () => {
    // ("The watchdog" is a mention since r31's wire digest; before, no words were marked)
    const text = 'The watchdog fined Barclays £40 million on Monday and said its controls had been deficient.';
    const read = speaker(text, 'said', 'its controls had been deficient');
    expect(read?.words).toBe('The watchdog');
  });
  it('a document opening the clause is its subject ("though a review of records indicates …")', () => {
    const text = 'Lund called Holt a Democrat, though a review of records indicates he has been a registered Republican since 2003.';
    const read = speaker(text, 'indicates', 'he has been a registered Republican since 2003');
    expect(read?.words).toMatch(/^a review/u);
  });
  it('a relative clause’s own subject pronoun ("…, which it declined to publish"; found by the second review)', () => {
    const text = 'I asked the Housing Department where the figure came from. It said the estimate came from modelling, which it declined to publish.';
    expect(speaker(text, 'declined', 'to publish')?.words).toBe('it');
  });
  it('the main clause’s subject after a subordinate clause ("When Ruiz noted …, Lund boasted")', () => {
    const text = 'When Ana Ruiz noted that Tomas Lund had paid no tax for years, Lund boasted, “That makes me smart.”';
    expect(speaker(text, 'boasted', '“That makes me smart.”')?.words).toBe('Lund');
  });
  it.each([
    // the object of "told" opens no clause; a reporting word used as a noun opens none either (third review)
    ['Ruiz told Weiss she wants a new bridge.', 'wants', 'a new bridge', 'Weiss'],
    ['The court reviewed the claims Ruiz made and said they were false.', 'said', 'they were false', 'Ruiz'],
  ])('near miss: %s', (text, cue, claim, notTheSpeaker) => {
    expect(speaker(text, cue, claim)?.words ?? null).not.toBe(notTheSpeaker);
  });
  it('a mention after an -ing noun is no verb’s object: it is marked', () => {
    const text = 'Those who napped longer did worse, a finding the authors say could point to poor health.';
    expect(speaker(text, 'say', 'could point to poor health')?.words).toBe('the authors');
  });
  it('near miss: a name after a preposition or a verb opens no clause, so the sentence’s subject speaks', () => {
    expect(speaker('Ana Ruiz sang to Tomas Vey before asking who had won.', 'asking')?.words).toBe('Ana Ruiz');
  });
});

describe('a relative pronoun right before a sourceless cue, with or without its comma', () => {
  it('is the source, and coreference names whom it means', () => {
    const text = 'The reporters turned to the Harbour Police Department which reported “2,521 shooting incidents” in the city.';
    expect(readClaims(text).find((r) => r.cue === 'reported')?.source).toBe('which');
  });
});

describe('a clause opening that the subject reading passes over', () => {
  it('an owner’s name is part of the subject’s noun phrase', () => {
    const text = 'In the spin room after the debate, Obama’s aides were also complimentary, perhaps recognizing that imitation is flattery.';
    expect(readClaims(text).find((r) => r.cue === 'recognizing')?.source).toBe('Obama’s aides');
  });
});

describe('found by the second review', () => {
  it.each([
    // the main clause's subject after an opening participle phrase, not a name inside it
    ['Asked whether she had met Aurum executives, Kallio said she meets many companies.', 'said', 'Kallio'],
  ])('%s', (text, cue, source) => {
    expect(readClaims(text).find((r) => r.cue === cue)?.source).toBe(source);
  });
  it.each([
    // an act inside a reported clause is what the reporter said, never the reporter's own act
    // (nested-acts.ts: no reading of its own, so never one given the reporter as its source)
    ['He said the Liberals wanted to raise taxes.', 'He', 'the Liberals wanted to raise taxes'],
    ['Officials said several families refused to leave.', 'Officials', 'several families refused to leave'],
  ])('%s', (text, reporter, claim) => {
    expect(readClaims(text)).toEqual([{ source: reporter, cue: 'said', claim }]);
  });
  it('near miss: a relative pronoun without its comma after a common noun is not taken for the source', () => {
    const text = 'Analyst Sofia Aalto wrote in a note that rivals moved earlier. The department which reported the figures said the trend was worrying.';
    expect(readClaims(text).map((r) => r.source)).not.toContain('which');
  });
  it('an opinion in quotation marks keeps "but not": "disappointing but not surprising"', () => {
    const text = 'She called the ruling "disappointing but not surprising."';
    expect(readClaims(text).find((r) => r.cue === 'called')?.claim).toBe('the ruling "disappointing but not surprising."');
  });
});

describe('the owner of a noun cue the taggers gave no source', () => {
  it.each([
    ['Video shows that Crutcher had his hands in the air, contradicting Harbour police’s earlier claim that he had refused to keep them up.', 'Harbour police’s'],
    ['Reporters pressed the governor on the Ruiz campaign’s assertion that the polls were wrong.', 'the Ruiz campaign’s'],
  ])('%s', (text, owner) => {
    const cue = spanOf(text, text.includes('claim') ? 'claim' : 'assertion');
    expect(slice(text, ownerBeforeNounCue(text, cue))).toBe(owner);
  });
  it.each([
    // a noun that reports nothing; an owner that is a lower-case word ("its", "his")
    ['The mayor’s office was closed on Monday.', 'office'],
    ['The firm stood by its claim that the data were sound.', 'claim'],
    ['Last week’s claims about the budget were repeated on Monday.', 'claims'],
    ['Contradicting Monday’s claim, the minister said the port was open.', 'claim'],
  ])('near miss: %s', (text, noun) => {
    expect(ownerBeforeNounCue(text, spanOf(text, noun))).toBeNull();
  });
});
