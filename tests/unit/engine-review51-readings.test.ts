/**
 * Readings found wrong by the r51 and r52 held-out reviews (helpers' articles), fixed in session 36;
 * sentences invented here anew.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('session 36: a place after "near", "around", "across" is where a source is, not who (r51 review)', () => {
  it.each([
    ['The hearing ended on Monday. One farmer near Bramwell, who asked not to be named, said the offer was too low.', 'One farmer near Bramwell, who asked not to be named,', 'anonymous-source'],
    ['Councillors backed the scheme. Shopkeepers around Calder Square said trade had halved.', 'Shopkeepers around Calder Square', 'unnamed-group'],
    ['Doctors across Wales said the waiting lists were getting longer.', 'Doctors across Wales', 'unnamed-group'],
  ])('reads the person or group in: %s', (text, source, type) => {
    const speaker = speakerOf(text, source);
    expect(speaker?.type).toBe(type);
    expect(speaker?.name).not.toMatch(/^(?:Bramwell|Calder Square|Wales)$/u);
  });
});

describe('session 36: a pair named with their ages and address is "they" (r51 review)', () => {
  it.each([
    ['Mark Ellis, 52, and Joanne Ellis, 48, of Mill Row, Pentre, were fined at Cardiff Crown Court on Friday. They said they had not known the animals were ill.'],
    ['Mark Ellis, 52, and Joanne Ellis, 48, were fined on Friday. They said they had not known the animals were ill.'],
  ])('resolves "They" to the pair in: %s', (text) => {
    expect(speakerOf(text, 'They')?.name).toBe('Mark Ellis and Joanne Ellis');
  });
});
