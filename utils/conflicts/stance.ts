/**
 * How a claim holds its proposition: denies it, negates it, hedges it, or asserts it. The cue
 * lexicons (stance-cues.ts) are general newsroom wording, not tied to any story; a cue inside
 * a question is only a hedge, and a denial of a debunk counts as support.
 */
import {
  COUNTER_DENIAL, DENIAL_CUES, DENIAL_EXCUSES, HEDGE_CUES, NEGATION_CUES, NEGATION_EXCUSES, NEGATIVE_ANSWER, SUBORDINATE_BEFORE,
  type Cue,
} from './stance-cues';
import { STANCE_WORDS, stem, tokenize } from './text-features';

/** The stance classes; only a denial or negation against a non-denial makes a conflict. */
export type Stance = 'denial' | 'negation' | 'hedged' | 'assertion';

/** The stance of one claim with the words that decided it, for the reason line and debugging. */
export interface StanceReading {
  stance: Stance;
  /** 0..1 confidence in the stance. */
  strength: number;
  /** The cue phrase as written in the text, or '' for a plain assertion. */
  cue: string;
  /** For a negation: stems of the words it negates, which the other claim must assert. */
  negated: string[];
}

interface CueMatch {
  weight: number;
  cue: string;
  start: number;
}

const NO_MATCH: CueMatch = { weight: 0, cue: '', start: 0 };

function strongest(text: string, cues: Cue[], mainClauseOnly = false): CueMatch {
  let best = NO_MATCH;
  for (const c of cues) {
    const m = c.re.exec(text);
    if (!m || c.weight <= best.weight) continue;
    const start = m.index ?? 0;
    if (mainClauseOnly && SUBORDINATE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    best = { weight: c.weight, cue: m[0].trim(), start };
  }
  return best;
}

/** Text of the sentences that are not questions: a cue inside a question only hedges. */
function statedPart(text: string): string {
  if (!text.includes('?')) return text;
  return text
    .split(/(?<=[.!?])/)
    .filter((sentence) => !sentence.trimEnd().endsWith('?'))
    .join(' ');
}

/** Stems of the content words right after a negation: what is being said not to hold. */
function negatedStems(text: string, from: number): string[] {
  const out: string[] = [];
  for (const t of tokenize(text.slice(from, from + 60))) {
    const bare = t.lower.replace(/'s$/, '');
    if (/^(been|be|a|an|the|to|in|on|of|for|by|at|yet|ever|really|actually|all|any|one)$/.test(bare)) continue;
    if (STANCE_WORDS.has(bare)) continue;
    out.push(stem(bare));
    if (out.length === 2) break;
  }
  return out;
}

/** Reads the stance of one claim; stays at 'assertion' unless a cue is clear. */
export function readStance(text: string): StanceReading {
  const stated = statedPart(text);
  if (COUNTER_DENIAL.test(text)) return { stance: 'assertion', strength: 0.6, cue: '', negated: [] };
  const answer = NEGATIVE_ANSWER.exec(text);
  if (answer) return { stance: 'denial', strength: 0.9, cue: answer[0].replace(/^\?\s*/, '').trim(), negated: [] };
  const denial = DENIAL_EXCUSES.test(stated) ? NO_MATCH : strongest(stated, DENIAL_CUES);
  if (denial.weight >= 0.7) return { stance: 'denial', strength: denial.weight, cue: denial.cue, negated: [] };
  const negation = NEGATION_EXCUSES.test(stated) ? NO_MATCH : strongest(stated, NEGATION_CUES, true);
  if (negation.weight >= 0.7) {
    const from = negation.start + (/^\s*no\b/i.test(negation.cue) ? 2 : negation.cue.search(/(not|n't|never)\b/i) + 3);
    const negated = negatedStems(stated, from);
    if (negated.length > 0) return { stance: 'negation', strength: negation.weight, cue: negation.cue, negated };
  }
  const hedge = strongest(text, HEDGE_CUES);
  if (hedge.weight > 0) return { stance: 'hedged', strength: hedge.weight, cue: hedge.cue, negated: [] };
  return { stance: 'assertion', strength: 0.5, cue: '', negated: [] };
}
