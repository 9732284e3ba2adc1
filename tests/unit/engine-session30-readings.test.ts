/**
 * Readings found wrong on sentences written for the 2026-11-29 fourth session (names invented):
 * what the earlier held-out reviews left open, and the r36 review.
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from './engine-readings';

describe('session 30 readings', () => {
  it.each([
    ['Its captain, Piet Vosberg, who told investigators that the cargo had been declared, was released on Friday.', 'that the cargo had been declared'],
    ['Piet Vosberg, who said the crates had been sealed, was released on Friday.', 'the crates had been sealed'],
  ])('runs a claim cut inside its clause on to the relative clause\'s comma: %s', (text, claim) => {
    expect(readClaims(text).map((r) => r.claim)).toContain(claim);
  });
});

describe('session 30 disclosures', () => {
  it.each([
    ['The Herald revealed on Monday that the mayor had used public funds.', 'The Herald'],
    ['Anna Berg revealed on Monday that the mayor had used public funds.', 'Anna Berg'],
  ])('reads "revealed" with a time before its "that": %s', (text, source) => {
    expect(readClaims(text).map((r) => [r.source, r.claim])).toContainEqual([source, 'that the mayor had used public funds']);
  });
});
