/**
 * Numbers with what they count, normalised so "around half of the capacity" and "50% of the
 * capacity" compare equal and "about a third" compares different; years and dates are skipped.
 */
import { stem } from './text-features';

/** One quantity in a claim: value, what it measures, and whether it was given as approximate. */
export interface Quantity {
  value: number;
  /** 'fraction' for shares (half, 30 percent), a currency code, or the stem of the counted noun. */
  unit: string;
  /** Stems of the words it is a share of, or that follow it: the quantity's subject. */
  context: string[];
  approximate: boolean;
  surface: string;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const FRACTIONS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10,
};
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const CURRENCY: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy' };
const MAY_HAVE_NUMBER = new RegExp(String.raw`\d|\b(${[...Object.keys(WORD_NUMBERS), ...Object.keys(FRACTIONS)].join('|')})\b`, 'i');
const APPROX_WORDS = /^(about|around|roughly|nearly|almost|approximately|some|over|under|estimated|than|least|to|close)$/;
const DETERMINERS = /^(the|a|an|its|their|his|her|our|this|that|these|those|all|of)$/;
const CONTEXT_STOP = /^(the|a|an|of|in|on|at|to|and|or|from|by|for|with|was|were|is|are|has|have|had|be|been|will|said|says|than)$/;

/** Finds the quantities of a text; a bare count without a noun after it is ignored. */
export function extractQuantities(text: string): Quantity[] {
  if (!MAY_HAVE_NUMBER.test(text)) return [];
  const tokens = [...text.matchAll(/[$€£¥%]|\d[\d,]*(?:\.\d+)?|[\p{L}]+(?:['’][\p{L}]+)?/gu)].map((m) => ({
    raw: m[0],
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index ?? 0,
  }));
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const currency = CURRENCY[t.raw];
    const n = currency ? i + 1 : i;
    const numTok = tokens[n];
    if (!numTok) continue;
    let value: number | undefined;
    let j = n;
    let fraction = false;
    if (/^\d/.test(numTok.raw)) value = Number(numTok.raw.replace(/,/g, ''));
    else if (numTok.lower in WORD_NUMBERS) value = WORD_NUMBERS[numTok.lower];
    else if (numTok.lower in FRACTIONS && !currency) { value = FRACTIONS[numTok.lower]; fraction = true; }
    else if ((numTok.lower === 'a' || numTok.lower === 'an') && tokens[n + 1]?.lower in FRACTIONS) { value = 1; }
    if (value === undefined || !Number.isFinite(value)) continue;
    if (!fraction && tokens[j + 1]?.lower in FRACTIONS) { value *= FRACTIONS[tokens[j + 1].lower]; fraction = true; j++; }
    if (tokens[j + 1]?.lower in SCALE && !fraction) { value *= SCALE[tokens[j + 1].lower]; j++; }
    let percent = false;
    if (tokens[j + 1] && /^(%|percent)$/.test(tokens[j + 1].lower)) { percent = true; j++; }
    else if (tokens[j + 1]?.lower === 'per' && tokens[j + 2]?.lower === 'cent') { percent = true; j += 2; }
    if (percent) { value /= 100; fraction = true; }
    const isYear = !fraction && !currency && /^\d{4}$/.test(numTok.raw) && value >= 1900 && value <= 2100;
    if (isYear) continue;
    const prev = [tokens[i - 1]?.lower, tokens[i - 2]?.lower];
    const approximate = prev.some((w) => w !== undefined && APPROX_WORDS.test(w));
    const context: string[] = [];
    let k = j + 1;
    while (tokens[k] && DETERMINERS.test(tokens[k].lower)) k++;
    if (tokens[k] && /'s$/.test(tokens[k].lower)) k++;
    for (; tokens[k] && context.length < 3; k++) {
      const gap = text.slice(tokens[k - 1].start + tokens[k - 1].raw.length, tokens[k].start);
      if (/[,.;:!?()]/.test(gap) || CONTEXT_STOP.test(tokens[k].lower) || /^[$€£¥%\d]/.test(tokens[k].raw)) break;
      context.push(stem(tokens[k].lower.replace(/'s$/, '')));
    }
    let unit: string;
    if (fraction) unit = 'fraction';
    else if (currency) unit = currency;
    else if (context.length > 0) unit = context.shift()!;
    else continue;
    const surface = text.slice(t.start, (tokens[k - 1] ?? t).start + (tokens[k - 1] ?? t).raw.length);
    out.push({ value, unit, context, approximate, surface });
    i = Math.max(i, j);
  }
  return out;
}

/** Two values disagree when they differ by more than their stated precision allows. */
export function valuesDisagree(a: Quantity, b: Quantity): boolean {
  const tolerance = a.approximate || b.approximate ? 0.15 : 0.03;
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  return big > 0 && Math.abs(a.value - b.value) / big > tolerance;
}

/** The first pair of quantities that measure the same thing with different values, if any. */
export function findNumericDisagreement(a: Quantity[], b: Quantity[]): [Quantity, Quantity] | null {
  for (const qa of a)
    for (const qb of b) {
      if (qa.unit !== qb.unit) continue;
      const sharedContext = qa.context.some((c) => qb.context.includes(c));
      if (qa.unit === 'fraction' && !sharedContext) continue;
      if (qa.unit !== 'fraction' && qa.context.length > 0 && qb.context.length > 0 && !sharedContext) continue;
      if (valuesDisagree(qa, qb)) return [qa, qb];
    }
  return null;
}
