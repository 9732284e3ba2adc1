import { describe, expect, it } from 'vitest';
import { normalizePageUrl, siteKeyOf } from '../../../utils/url';

describe('normalizePageUrl', () => {
  it('strips tracking parameters and fragments, sorts the rest', () => {
    expect(normalizePageUrl('https://News.Example.com/world/story?utm_source=x&b=2&fbclid=abc&a=1&gclid=z#comments')).toBe(
      'https://news.example.com/world/story?a=1&b=2',
    );
  });
  it('prefers a valid canonical link, resolved against the page', () => {
    expect(normalizePageUrl('https://m.example.com/s/1?utm_medium=social', '/world/story-1?utm_campaign=c')).toBe(
      'https://m.example.com/world/story-1',
    );
    expect(normalizePageUrl('https://a.example/x', 'https://b.example/y')).toBe('https://b.example/y');
  });
  it('ignores a non-http canonical link', () => {
    expect(normalizePageUrl('https://a.example/x', 'javascript:alert(1)')).toBe('https://a.example/x');
  });
  it('gives the same key for the same article reached two ways', () => {
    expect(normalizePageUrl('https://a.example/x?utm_source=tw')).toBe(normalizePageUrl('https://a.example/x#top'));
  });
  it('refuses non-http pages', () => {
    expect(() => normalizePageUrl('chrome://settings')).toThrow(/not an http/);
  });
});

describe('siteKeyOf', () => {
  it('drops www and case', () => {
    expect(siteKeyOf('https://WWW.Example.org/a')).toBe('example.org');
    expect(siteKeyOf('file:///tmp/x')).toBeNull();
  });
});
