/**
 * Deterministic synthetic news claims for benchmarks and property tests: names drawn from a
 * Zipf-like distribution (a few people and places in many stories, most in few), everyday news
 * vocabulary, some denials, negations and numbers, so the index sees realistic key statistics.
 */
import type { Claim } from './schema';
import { seededRandom } from '../seeded-random';


const SYLLABLES = 'ka lo mi ra ten vor bel dun sa ri to mar len gos ha pet vic an el or us ny quin zar'.split(' ');
const ROLES = 'minister spokesperson mayor chief executive governor senator analyst general commissioner director'.split(' ');
const BODIES = 'ministry council police army court parliament agency company union bank hospital university'.split(' ');
const VERBS = 'plans approved rejected launched halted signed blocked announced cut raised opened closed delayed'.split(' ');
const NOUNS = 'power capacity workers households jobs voters troops refugees homes flights patients'.split(' ');
const FILLER = 'the a of in on for with after before over under about against between during'.split(' ');

function zipfIndex(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(n + 1, random()) - 1));
}

function word(i: number, parts: number): string {
  let s = '';
  let x = i;
  for (let p = 0; p < parts; p++) {
    s += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length) + p * 7 + 3;
  }
  return s;
}

function name(i: number, parts: number): string {
  const s = word(i + 7, parts);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Story {
  actor: string;
  place: string;
  topic: string[];
  verb: string;
}

/** `pages` pages of `perPage` claims each, from one seed; about three pages cover each story. */
export function syntheticClaims(pages: number, perPage: number, seed = 1, pagePrefix = 'p'): Claim[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const vocabulary = (): string => word(zipfIndex(random, 12_000) + 30, 3);
  const stories: Story[] = Array.from({ length: Math.max(1, Math.floor(pages / 3)) }, () => ({
    actor: `${name(zipfIndex(random, 30_000), 2)} ${name(zipfIndex(random, 30_000) + 9_000, 3)}`,
    place: name(zipfIndex(random, 3_000) + 40_000, 2) + pick(['ia', 'stan', 'land', 'burg', 'ville']),
    topic: [vocabulary(), vocabulary(), vocabulary()],
    verb: pick(VERBS),
  }));
  const out: Claim[] = [];
  for (let p = 0; p < pages; p++) {
    const page = `${pagePrefix}${p}`;
    const story = stories[random() < 0.7 ? Math.floor(random() * stories.length) : zipfIndex(random, stories.length)];
    for (let c = 0; c < perPage; c++) {
      const person = `${name(zipfIndex(random, 30_000), 2)} ${name(zipfIndex(random, 30_000) + 9_000, 3)}`;
      const who = random() < 0.5 ? `${person}, the ${pick(ROLES)},` : `the ${story.place} ${pick(BODIES)}`;
      const [t1, t2, t3] = [pick(story.topic), pick(story.topic), random() < 0.5 ? pick(story.topic) : vocabulary()];
      const tail = `${pick(FILLER)} ${vocabulary()} ${vocabulary()} ${pick(FILLER)} ${vocabulary()}`;
      const roll = random();
      let text: string;
      if (roll < 0.03) text = `${who} denied reports that ${story.actor} ${story.verb} the ${t1} ${t2} in ${story.place}.`;
      else if (roll < 0.05) text = `${who} said ${story.actor} had not ${story.verb} the ${t1} ${t3} ${tail}.`;
      else if (roll < 0.15) text = `${who} said about ${1 + Math.floor(random() * 90)} percent of ${story.place}'s ${pick(NOUNS)} ${pick(FILLER)} ${t1} ${vocabulary()}.`;
      else text = `${who} said ${story.actor} ${story.verb} the ${t1} ${t3} ${tail} in ${story.place}.`;
      out.push({ id: `${page}-c${c}`, page, text, sourceDescription: who.replace(/,$/, ''), site: `site${p % 300}.example` });
    }
  }
  return out;
}
