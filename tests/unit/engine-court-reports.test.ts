/**
 * Court reports, read as a reader would: a defendant with an age and address still denies the
 * charge, and a witness "told the court" a clause without "that". (What "the court heard" is read
 * as the court's: engine-wire-readings.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { model, readClaims as readings } from './engine-readings';

describe('a defendant introduced with age and address', () => {
  it('denies the charge, not the other way round', () => {
    const text = 'Karim Adeyemi, 34, of Lindford Road, Castlebridge, denies causing serious injury by dangerous driving.';
    expect(readings(text)).toEqual([{ source: 'Karim Adeyemi, 34, of Lindford Road, Castlebridge', cue: 'denies', claim: 'causing serious injury by dangerous driving' }]);
  });
});

describe('a verb of judging someone takes its subject first', () => {
  it.each([
    ["Delran's representative at the talks, Mirela Asanovic, accused Karsovia of stalling.", "Delran's representative at the talks, Mirela Asanovic", 'accused', 'Karsovia of stalling'],
    ['The head of the union, Ana Ruiz, blamed the board for the losses.', 'The head of the union, Ana Ruiz,', 'blamed', 'the board for the losses'],
    ['The minister, who said last year that taxes would not rise, unveiled a new levy on Tuesday.', 'The minister, who said last year that taxes would not rise,', 'unveiled', 'a new levy on Tuesday'],
  ])('%s', (text, source, cue, claim) => {
    expect(readings(text)).toContainEqual({ source, cue, claim });
  });
  it.each([
    // near misses: a passive's agent, and a verb of saying, come after their claim
    ['The talks were first reported by The Harbor Gazette.', 'The Harbor Gazette'],
    ['The talks have stalled, said Mirela Asanovic.', 'Mirela Asanovic'],
  ])('near miss: %s', (text, source) => {
    expect(readings(text).map((r) => r.source)).toContain(source);
  });
});

describe('where the swap must not reach (found by review)', () => {
  it('leaves a claim before "said" and an adjective in -ing after it as they are', () => {
    expect(readings('The deal is done, said managing director Anna Berg.')).toEqual([{ source: 'managing director Anna Berg', cue: 'said', claim: 'The deal is done' }]);
  });
  it.each([
    ['Nothing will change, the minister told MPs before he left the chamber.', 'Nothing will change'],
    ['Beijing is ready to talk, the minister told reporters as he left the summit.', 'Beijing is ready to talk'],
  ])('keeps a claim that is a clause before "told": %s', (text, claim) => {
    expect(readings(text)).toContainEqual({ source: 'the minister', cue: 'told', claim });
  });
});

describe('"told" its listener a clause without "that"', () => {
  it.each([
    ['Giving evidence, Ms Calloway told the court she remembered seeing the van drift towards the kerb.', 'Ms Calloway', 'she remembered seeing the van drift towards the kerb'],
    ['Asked about the delay, Ruiz told reporters it was regrettable.', 'Ruiz', 'it was regrettable'],
  ])('claims the clause, not the opening phrase: %s', (text, source, claim) => {
    expect(readings(text)).toContainEqual({ source, cue: 'told', claim });
  });
});

describe('the one asked, not the one asking', () => {
  it('reads the answer after "Asked by X …," as the witness\'s, however recently X spoke', () => {
    const text = 'Constable Daniel Hurst said the phone had been in use. Simon Okafor, defending, questioned him about the cable.\n\nAsked by Mr Okafor whether it could have been removed afterwards, the officer said: "Not that I could find, no."\n\nAsked by Mr Okafor about the timing, he said he was certain.';
    const names = annotate(text, model).filter((a) => a.cue && text.slice(a.cue.start, a.cue.end).startsWith('said')).map((a) => a.resolvedSource.name);
    expect(names).toEqual(['Daniel Hurst', 'Daniel Hurst', 'Daniel Hurst']);
  });
});

describe('the question of a fronted "Asked …" is put by no one the text names', () => {
  it('is not the last speaker’s, and with no questioner it is no reading at all (asked-openers.ts)', () => {
    const text = 'Alan Pryce told reporters the goalkeeper was pushed. Danny Whitlow was more measured. Asked about the incident, he said he had not seen a replay.';
    const readings = annotate(text, model);
    expect(readings.find((a) => a.cue && text.slice(a.cue.start, a.cue.end).startsWith('Asked'))).toBeUndefined();
    expect(readings.map((a) => a.resolvedSource.name)).toEqual(['Alan Pryce', 'Danny Whitlow']);
  });
  it('is the questioner’s when the story has just had someone put questions', () => {
    const text = 'Senator Lena Moss pressed the director on the missing files for an hour. Asked whether the agency had destroyed them, he said it had not.';
    const asked = annotate(text, model).find((a) => a.cue && text.slice(a.cue.start, a.cue.end).startsWith('Asked'));
    expect(asked?.resolvedSource).toMatchObject({ name: 'Lena Moss' });
  });
});

describe('the asker left out only where the asker is meant (found by review)', () => {
  const names = (text: string) => annotate(text, model).map((a) => ({ source: a.source && text.slice(a.source.start, a.source.end), name: a.resolvedSource.name }));
  it('keeps the one whose barrister asked', () => {
    const text = 'Daniel Reeve, 34, denies murder. Prosecutor Simon Okafor showed the jury CCTV footage. Asked by Reeve\'s barrister whether he was the man in the footage, the defendant said: "No, that is not me."';
    expect(names(text)).toContainEqual({ source: 'the defendant', name: 'Daniel Reeve' });
  });
  it('keeps "who" right after the asker about the asker', () => {
    const text = 'The question was asked by Ms Hart, who said the answer had been "evasive and weak".';
    expect(names(text)).toContainEqual({ source: 'who', name: 'Hart' });
  });
  it('keeps "she" on a woman when the asker is a man of the same surname', () => {
    const text = 'Helen Shaw and her husband Martin Shaw both gave evidence. Asked by Mr Shaw whether the door had been locked, she said it had been.';
    expect(names(text)).toContainEqual({ source: 'she', name: 'Helen Shaw' });
  });
});
