/**
 * Inputs built to hit the worst cases of a text scanner: endless quote marks, no sentence end,
 * one sentence of nested reported speech. Deterministic, so timings compare across runs.
 */
import { seededRandom } from '../../utils/seeded-random';

/** One named adversarial text. */
export interface AdversarialInput {
  name: string;
  text: string;
}

function repeatTo(length: number, next: () => string): string {
  const parts: string[] = [];
  let total = 0;
  while (total < length) {
    const piece = next();
    parts.push(piece);
    total += piece.length;
  }
  return parts.join('').slice(0, length);
}

const QUOTE_CHARS = ['"', '“', '”', "'", '‘', '’', '«', '»', ',', ',', ' '];
const WORDS = ['the', 'minister', 'said', 'officials', 'told', 'reporters', 'according', 'to', 'a', 'report', 'that', 'he', 'she', 'claimed', 'in', 'statement', 'sources', 'familiar', 'with', 'talks', 'added', 'Smith', 'Lagos', 'council', 'plan', 'would', 'not'];

/** The three adversarial inputs of `npm run bench`. */
export function adversarialInputs(): AdversarialInput[] {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return [
    { name: '200 KB of quote marks and commas', text: repeatTo(200_000, () => pick(QUOTE_CHARS)) },
    { name: '1 MB without sentence punctuation', text: repeatTo(1_000_000, () => `${pick(WORDS)}${random() < 0.05 ? ',' : ''} `) },
    {
      name: '300 KB sentence of "he said that she said that"',
      text: `${repeatTo(300_000, () => (random() < 0.5 ? 'he said that ' : 'she said that '))}it rained.`,
    },
  ];
}
