/**
 * Quantities normalise words, percentages and scales so equal amounts compare equal and
 * different ones differ; years and bare counts without a noun are not quantities.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../utils/conflicts';
import { findNumericDisagreement } from '../../utils/conflicts/quantities';
import { stem } from '../../utils/conflicts/text-features';

describe('extractQuantities', () => {
  it('normalises shares, money and counts', () => {
    const [half] = extractQuantities("around half of Ukraine's power capacity");
    expect(half).toMatchObject({ value: 0.5, unit: 'fraction', approximate: true });
    expect(half.context).toEqual([stem('power'), stem('capacity')]);
    expect(extractQuantities('40 per cent of voters')[0]).toMatchObject({ value: 0.4, unit: 'fraction' });
    expect(extractQuantities('two thirds of the budget')[0].value).toBeCloseTo(2 / 3);
    expect(extractQuantities('a fine of $3.5 million')[0]).toMatchObject({ value: 3_500_000, unit: 'usd' });
    expect(extractQuantities('12 people were hurt')[0]).toMatchObject({ value: 12, unit: stem('people') });
  });

  it('skips years and numbers without a noun', () => {
    expect(extractQuantities('In 2014 the plan was dropped.')).toEqual([]);
    expect(extractQuantities('The vote was 12.')).toEqual([]);
  });

  it('compares within stated precision', () => {
    const half = extractQuantities('about half of the power capacity');
    expect(findNumericDisagreement(half, extractQuantities('roughly 50% of the power capacity'))).toBeNull();
    expect(findNumericDisagreement(half, extractQuantities('about 48% of the power capacity'))).toBeNull();
    expect(findNumericDisagreement(half, extractQuantities('a third of the power capacity'))).not.toBeNull();
    expect(findNumericDisagreement(half, extractQuantities('a third of the water supply'))).toBeNull();
  });
});
