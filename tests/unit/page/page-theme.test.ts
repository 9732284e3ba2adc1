import { describe, expect, it } from 'vitest';
import { parseColour } from '@/utils/page/page-theme';

describe('parseColour', () => {
  it('reads luminance and alpha from computed colours', () => {
    expect(parseColour('rgb(255, 255, 255)')).toEqual({ luminance: 1, alpha: 1 });
    expect(parseColour('rgb(0, 0, 0)')!.luminance).toBe(0);
    expect(parseColour('rgba(17, 20, 23, 0.5)')!.alpha).toBe(0.5);
    expect(parseColour('rgb(17 20 23 / 40%)')!.alpha).toBeCloseTo(0.4);
    expect(parseColour('rgba(0, 0, 0, 0)')!.alpha).toBe(0);
    expect(parseColour('transparent')).toBeNull();
  });
});
