import { describe, expect, it } from 'vitest';
import { annotate } from '@/utils/attribution';
import { isShareOfPeople, shareBeforeCue, shareType } from '@/utils/attribution/share-sources';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();

describe('shares of people as sources', () => {
  it.each([
    ['58%', true], ['about 30 percent of renters', true], ['a majority of landlords', true], ['two-thirds of parents', true],
    ['half', true], ['12.5 per cent of those asked', true], ['Maria Olsen', false], ['the 58 members', false], ['officials', false],
  ])('%s is a share: %s', (phrase, share) => {
    expect(isShareOfPeople(phrase)).toBe(share);
  });

  it('takes the share right before a cue with no source as that source', () => {
    const text = 'Renters were angry, with 64% saying rents had doubled.';
    const cue = { start: text.indexOf('saying'), end: text.indexOf('saying') + 6 };
    const span = shareBeforeCue(text, cue)!;
    expect(text.slice(span.start, span.end)).toBe('64%');
    expect(shareBeforeCue('The mayor was saying it.', { start: 14, end: 20 })).toBeNull();
  });

  it('types a share as the poll’s finding when the story reports a poll, else as a group of people', () => {
    expect(shareType('A survey of 900 nurses was published. Some 40% said', 51)).toBe('document');
    expect(shareType('Nurses met on Monday. Some 40% said', 35)).toBe('unnamed-group');
  });

  it.each([
    ['A poll of 1,200 voters was released on Monday. Older voters were divided, with 58% saying the tax would hurt them.', '58%', 'document'],
    ['Renters were angry, with 64% saying rents had doubled.', '64%', 'unnamed-group'],
    ['At the meeting, a majority of landlords said costs had risen too.', 'a majority of landlords', 'unnamed-group'],
  ])('%s', (text, source, type) => {
    const found = annotate(text, model).find((a) => a.source && text.slice(a.source.start, a.source.end) === source);
    expect(found?.sourceType).toBe(type);
  });
});
