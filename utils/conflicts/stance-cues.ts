/**
 * Cue lexicons for reading a claim's stance. General newsroom wording for denying, debunking,
 * doubting and hedging a report; kept apart from the reader logic so they can grow on their own.
 */

/** A pattern and how sure a match makes us (0..1). */
export interface Cue {
  re: RegExp;
  weight: number;
}

const REPORT_NOUN = String.raw`(reports?|claims?|rumou?rs?|stor(y|ies)|allegations?|suggestions?|speculation|assertion|idea|theory|accounts?)`;

/** Explicit rejection of a report: the strongest evidence a source disputes a story. */
export const DENIAL_CUES: Cue[] = [
  { re: /\b(den(y|ies|ied|ying|ial)s?)\b(?!\s+(bail|entry|access|visas?|permits?|permission|requests?|service|the\s+(appeal|request|motion)))/i, weight: 1 },
  { re: new RegExp(String.raw`\b(dismiss(es|ed|ing)?|reject(s|ed|ing)?|refut(e|es|ed|ing)|rebut(s|ted)?|disput(e|es|ed|ing)|rebuff(s|ed)?|shoots?\s+down|shot\s+down|quash(es|ed)?|scotch(es|ed)?|squash(es|ed)?|kills?|slams?|laughs?\s+off|puts?\s+to\s+rest|retract(s|ed)?|correct(s|ed)|mocks?|makes?\s+fun\s+of)\b[^.;]{0,60}\b${REPORT_NOUN}\b`, 'i'), weight: 0.9 },
  { re: new RegExp(String.raw`\b${REPORT_NOUN}\b[^.;]{0,50}\b(put\s+to\s+rest|proven?\s+(false|wrong)|called\s+(rubbish|nonsense|false|untrue)|(greatly\s+)?exaggerated|wildly\s+inaccurate|inaccurate|erroneous|unfounded|baseless|debunked|denied|dismissed|rejected|(completely\s+|totally\s+)?(crazy|ridiculous|absurd|laughable))\b`, 'i'), weight: 0.9 },
  { re: /\b(debunk(s|ed|ing)?|hoax(es|er)?|hoaxed)\b/i, weight: 1 },
  { re: /\b(fake|faked|false|falsely|bogus|untrue|fabricated|fabrication|made[\s-]up|myth|nonsense|rubbish|baseless|unfounded|bullshit|misinformation|erroneous|inaccurate|exaggerated)\b/i, weight: 0.8 },
  { re: /\bnot\s+(true|real|happening|correct|accurate|the\s+case|genuine|authentic)\b/i, weight: 1 },
  { re: /\b(nothing\s+to\s+do\s+with\s+(the\s+)?(reality|truth|facts?))\b/i, weight: 1 },
  { re: /\bno\s+(evidence|truth|proof|basis|foundation)\b/i, weight: 0.9 },
  { re: /\bexposed\s+as\b|\b(made\s+(it|this|that|the\s+\w+)\s+(all\s+)?up)\b|\b(fooled|duped|fooling|dupes?)\b/i, weight: 0.8 },
  { re: /\b(setting|set)\s+the\s+record\s+straight\b/i, weight: 0.9 },
  { re: /\b(probably|likely|almost\s+certainly|definitely)\s+not\b|\bnope\b/i, weight: 0.9 },
  { re: /\b(too\s+good\s+to\s+(check|be\s+true)|pants\s+on\s+fire)\b/i, weight: 0.8 },
  { re: /\b(casts?|raises?|cast)\s+doubts?\b|\bdoubts?\s+(cast|that|over|about|on)\b|\bquestions?\s+whether\b|\bskeptic(al)?\b|\bsceptic(al)?\b/i, weight: 0.8 },
  { re: /\b(is|are|still|remains?|found)\s+(alive|safe|unharmed)\b|\balive\s+and\s+(well|kicking)\b|\b(i'm|i\s+am|she's|he's|she\s+is|he\s+is)\s+(safe|alive|fine)\b/i, weight: 0.7 },
  { re: /\b(no|not)\s+(among|one\s+of)\b/i, weight: 0.8 },
  { re: /\bdespite\s+([\w-]+\s+){0,2}(rumou?rs|reports|claims|speculation)\b/i, weight: 0.8 },
  { re: /\b(isn't|aren't|wasn't|weren't|is\s+not|are\s+not)\s+(real|true|genuine)\b|\bturns?\s+out\s+not\b|\ba\s+lie\b/i, weight: 0.9 },
  { re: /\b(doctored|photoshopped|staged|spoof|parody|trolled|falls?\s+for|fell\s+for|urban\s+legend|misleading)\b/i, weight: 0.7 },
];

/** A denial of a debunk ("not a hoax", "denies hoax claims") supports the story instead. */
export const COUNTER_DENIAL = /\b(not|no|isn't|wasn't|never|insists?)\s+(a\s+|all\s+)?(hoax|fake|faked|staged|false)\b|\bden(y|ies|ied)\b[^.;]{0,30}\b(hoax|fake|faked|staged|fabricat\w*)\s+(claims?|allegations?|accusations?|rumou?rs?|reports?)\b/i;

/** Cues that only look like denials: "confirm or deny", "fake ID", "unconfirmed". */
export const DENIAL_EXCUSES = /\b(confirm\s+or\s+deny|deny\s+or\s+confirm|neither\s+confirm(ed|s)?\s+nor\s+den\w*)\b/i;

/** An answer after a question that rejects it: "Stolen? No, says the club." */
export const NEGATIVE_ANSWER = /\?\s*['"‘“]?\s*(no|nope|not\s+(quite|really|so\s+fast|exactly)|wrong|false|unlikely|probably\s+not|hardly|not)\b/i;

/** A negated main claim ("has not been arrested", "No, X did not ..."). */
export const NEGATION_CUES: Cue[] = [
  { re: /(^|[:.!?]\s*)(no|nope|wrong|false)\s*[,.:!—–-]/i, weight: 1 },
  { re: /\bno,?\s+(he|she|it|they|there)\s+(wasn't|isn't|didn't|won't|weren't|aren't|was\s+not|is\s+not)\b/i, weight: 1 },
  { re: /\b(did|does|has|have|had|is|are|was|were)\s*(not|n't|never)\s+(\w+\s+)?(been\s+)?\w+/i, weight: 0.8 },
  { re: /\b(didn't|doesn't|hasn't|haven't|hadn't|isn't|aren't|wasn't|weren't)\s+(\w+\s+)?\w+/i, weight: 0.8 },
  { re: /\bnot\s+(been\s+)?(\w+ed|dead|alive|arrested|killed|found|captured|detained|stolen|missing|imminent|real|true|in|on|among|behind|responsible|involved|guilty|an?|the|those)\b/i, weight: 0.7 },
  { re: /^\s*no\s+\w+/i, weight: 0.7 },
];

/** Guards: a negation inside these is not the claim being negated ("not only", "never before"). */
export const NEGATION_EXCUSES = /\b(not\s+only|never\s+before|no\s+doubt|not\s+just|no\s+matter|not\s+to\s+miss|whether\s+or\s+not|if\s+not|may\s+or\s+may\s+not|reasons?\s+not|no\s+(idea|way|one|limit|mistake|end|sign|hard))\b|,\s*not\s+\p{Lu}/iu;

/** A negation after one of these sits in a subordinate clause, not the claim itself. */
export const SUBORDINATE_BEFORE = /\b(who|whom|which|that|so|because|after|when|if|unless|than|saying|while|until|for|why|how|what)\s+([\w'’-]+\s+){0,4}$/i;

/** The claim reports without committing: a question, "reportedly", "rumoured", "may". */
export const HEDGE_CUES: Cue[] = [
  { re: /\?/, weight: 0.8 },
  { re: /\b(reportedly|allegedly|apparently|purportedly|supposedly|rumou?r(ed|s)?|unverified|unconfirmed|claims?|according\s+to|reports?|reported|said\s+to|believed\s+to|thought\s+to|appears?\s+to|seems?\s+to)\b/i, weight: 0.6 },
  { re: /\b(may|might|could|possibly|perhaps|likely|maybe)\b/i, weight: 0.4 },
];
