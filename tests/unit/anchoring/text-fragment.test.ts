import { describe, expect, it } from 'vitest';
import { createAnchor, encodeFragmentTerm, textFragmentUrl } from '../../../utils/anchoring';

describe('textFragmentUrl', () => {
  it('encodes the reserved characters of a text directive', () => {
    expect(encodeFragmentTerm('well-known, cats & dogs')).toBe('well%2Dknown%2C%20cats%20%26%20dogs');
  });

  it('links to a short passage with whole-word context', () => {
    const text = 'The mayor spoke first. Officials said the bridge-repair budget was cut. Nobody else spoke.';
    const start = text.indexOf('the bridge-repair budget');
    const anchor = createAnchor(text, start, start + 'the bridge-repair budget'.length);
    const url = textFragmentUrl('https://news.example/a?id=1#top', anchor.quote);
    expect(url.startsWith('https://news.example/a?id=1#:~:text=')).toBe(true);
    expect(url).toContain('the%20bridge%2Drepair%20budget');
    const prefix = decodeURIComponent(url.split('text=')[1].split(',')[0].replace(/-$/, ''));
    expect(text).toContain(prefix + ' the bridge');
    expect(prefix.split(' ').every((word) => text.includes(word))).toBe(true);
  });

  it('widens a passage cut mid-word to whole words', () => {
    const text = 'Ministers announced sweeping reforms yesterday.';
    const start = text.indexOf('nced sweep');
    const anchor = createAnchor(text, start, start + 'nced sweep'.length);
    expect(textFragmentUrl('https://x.example/', anchor.quote)).toContain('announced%20sweeping');
  });

  it('uses a start,end range for long passages', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    const anchor = createAnchor(text, 0, text.length);
    expect(textFragmentUrl('https://x.example/', anchor.quote)).toBe('https://x.example/#:~:text=one%20two%20three%20four,ten%20eleven%20twelve%20thirteen');
  });
});
