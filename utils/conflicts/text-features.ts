/**
 * Turns a claim's text into the subject-matter keys the index matches on: stemmed content
 * words and names. Cue words ("denies", "hoax", "reportedly") are left out on purpose, since
 * they say how a claim is held, not what it is about, and would pair unrelated stories.
 */

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are around as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself nor of off on once only or other our ours out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your yours yourself via per amid ' +
    'says say said saying told tell tells according new now one two get gets got make makes made may might must ' +
    'like just really actually still even ever yet already first last many much several every into onto upon ' +
    'mr mrs ms dr week weeks day days today yesterday time times people man men woman women thing things way ' +
    'watch video photo photos pics picture pictures here heres what whats update updated breaking exclusive ' +
    'could would should will shall can cannot isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt ' +
    'wont wouldnt couldnt shouldnt cant im ive youre theyre thats theres lets year years'
  ).split(' '),
);

/** Words that carry a stance rather than a subject; excluded from topic keys. */
export const STANCE_WORDS = new Set(
  (
    'not no nope never nothing none neither nor deny denies denied denying denial dismiss dismisses dismissed ' +
    'reject rejects rejected refute refutes refuted debunk debunks debunked debunking hoax hoaxes hoaxer fake ' +
    'fakes faked false falsely untrue true truth real really fact facts myth myths bogus rumor rumors rumour ' +
    'rumours rumored rumoured report reports reported reportedly claim claims claimed allegedly alleged ' +
    'confirm confirms confirmed confirmation deny reality story stories viral internet online satire satirical ' +
    'fabricated fabrication apparently possibly probably likely unlikely unconfirmed officially ' +
    'official source sources spokesman spokeswoman spokesperson statement insist insists insisted suggest suggests ' +
    'alive safe unharmed secure doubt doubts cast questions whether wrongly exaggerated inaccurate erroneous ' +
    'nonsense rubbish fooled duped trolled bullshit misinformation despite crazy ridiculous absurd doctored staged'
  ).split(' '),
);

/** Irregular forms that news uses interchangeably for one event. */
const SAME_ROOT: Record<string, string> = {
  death: 'dead', di: 'dead', dy: 'dead', die: 'dead',
  arrest: 'detain', jail: 'detain',
  kidnapp: 'abduct', kidnap: 'abduct', hostag: 'abduct',
  buy: 'acquir', bought: 'acquir', purchas: 'acquir', acquisit: 'acquir',
};

const stemCache = new Map<string, string>();

/** Folds inflections together so "arrested", "arrests" and "arrest" meet in the index. */
export function stem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, (cached = computeStem(word)));
  }
  return cached;
}

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) return finish(w.slice(0, -3) + 'y');
  if (w.length > 6 && /(ator|ation|tion|sion)s?$/.test(w)) w = w.replace(/(at)ors?$|(at)ions?$|(t|s)ions?$/, '$1$2$3');
  if (w.endsWith('sses')) return finish(w.slice(0, -2));
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return finish(w);
}

/** Maps irregular forms to one root and cuts long stems, so derived forms still meet. */
function finish(stemmed: string): string {
  const w = SAME_ROOT[stemmed] ?? stemmed;
  return w.length > 7 ? w.slice(0, 7) : w;
}

/** A word of the text with its offset, so cues and numbers can look at their neighbours. */
export interface Token {
  raw: string;
  lower: string;
  start: number;
}

/** Splits on anything that is not a letter, digit or in-word apostrophe; hyphenated words split. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  for (const m of text.matchAll(re)) {
    const lower = m[0].toLowerCase();
    out.push({ raw: m[0], lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index ?? 0 });
  }
  return out;
}

/** Title-case headlines capitalise every word, so capitals there say nothing about names. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.raw) && !STOP_WORDS.has(t.lower));
  if (words.length < 3) return false;
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.raw)).length;
  return caps / words.length > 0.6;
}

/** Subject-matter keys of a text: stem -> weight multiplier (names count more than words). */
export interface TopicKeys {
  keys: Map<string, number>;
}

/** Extracts the keys two claims must share to be about the same thing. */
export function topicKeys(text: string): TopicKeys {
  const tokens = tokenize(text);
  const titleCase = isTitleCase(tokens);
  const keys = new Map<string, number>();
  let sentenceStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const bare = t.lower.includes("'") ? t.lower.replace(/'s$/, '').replace(/'/g, '') : t.lower;
    const gap = i > 0 ? text.slice(tokens[i - 1].start + tokens[i - 1].raw.length, t.start) : '';
    if (i > 0 && /[.!?:]\s/.test(gap)) sentenceStart = true;
    const isName = !titleCase && !sentenceStart && /^\p{Lu}/u.test(t.raw) && !STOP_WORDS.has(bare);
    const isAcronym = /^\p{Lu}{2,5}s?$/u.test(t.raw) && !STOP_WORDS.has(bare) && !STANCE_WORDS.has(bare);
    sentenceStart = false;
    if (STOP_WORDS.has(bare) || STANCE_WORDS.has(bare) || bare.length < 2) continue;
    if (/^\d+$/.test(bare) && bare.length < 2) continue;
    const key = stem(bare);
    const weight = isName || isAcronym ? 1.5 : 1;
    if ((keys.get(key) ?? 0) < weight) keys.set(key, weight);
  }
  return { keys };
}
