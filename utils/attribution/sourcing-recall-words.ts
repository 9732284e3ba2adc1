/**
 * The words the second sourcing reading (sourcing-recall.ts) decides by: which verbs may be cues
 * where, and what may stand between a subject and its verb. Kept apart so the reading itself
 * stays short enough to read in one sitting.
 */
import { CORE_SPEECH_VERBS, SPEECH_VERBS } from './cue-lexicon';
import { DOCUMENT_NOUNS } from './source-lexicon';
import type { Token } from './tokenize';

/**
 * Past forms that double their last consonant, which the cue lexicon's inflection does not make
 * ("admit" gives "admits" but not "admitted"). Added here, to the readings' own word lists only:
 * the taggers' lexicon flags stay as the shipped model was trained with them.
 */
const DOUBLED_FORMS = ['admitted', 'quipped'];

/** Verbs that may close a sentence as its cue: "…, the person said." */
export const TRAILING_CUES = new Set(
  [...SPEECH_VERBS].filter((w) => !w.endsWith('ing') && !/^(?:find|finds|found|show|shows|showed|shown|call|calls|called|point|points|pointed|continue|quote|quotes|quoted)$/u.test(w))
    .concat(['continued', 'recalled', 'wrote', 'writes', 'states', 'stated', 'reads', 'concludes', 'concluded', 'tweeted', 'posted', ...DOUBLED_FORMS]),
);
/** Subjects that are no one in particular ("Everyone wants a bargain"). */
export const GENERIC_SUBJECTS: ReadonlySet<string> = new Set(['everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'someone', 'somebody']);
/** What someone means to do or expects, as news attributes it ("The council wants to close …", "Ruiz pledged to …"): the claim is the verb's complement only. */
export const INTENTION_CUES: ReadonlySet<string> = new Set('wants plans pledged vowed promised expects'.split(' '));
/**
 * A court's or referee's decision ("The High Court ruled on Tuesday that …") and a disclosure ("The
 * Herald revealed on Monday that …"): cues only before "that", maybe after a time ("revealed a new
 * logo" says nothing).
 */
export const THAT_CLAUSE_CUES: ReadonlySet<string> = new Set(['ruled', 'rules', 'revealed', 'reveals']);
/** Verbs that may follow a sentence's subject as its cue: "Two aides said …", "Residents fear …". */
export const LEADING_CUES = new Set([
  ...CORE_SPEECH_VERBS,
  ...'believe believes believed fear fears feared worry worries worried hope hopes hoped stressed stresses contended contends contend estimated estimates disclosed discloses expressed express expresses predicted predicts cautioned urged insisted insists know knows warned testified recalled recalls posted'.split(' '),
  // forecasts and recommendations ("Meteorologists forecast snow …", "planning officers recommended approval")
  ...'forecast forecasts recommended recommends disputed disputes'.split(' '),
  ...DOUBLED_FORMS,
  ...INTENTION_CUES,
  ...THAT_CLAUSE_CUES,
]);
/** Words that may stand between a subject and its cue ("has said", "also told"). */
export const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'previously', 'repeatedly', 'publicly', 'privately']);
/** Sentence openers before a subject ("But officials said"): not part of the source. */
export const LEAD_CONNECTORS = new Set('but and yet still so meanwhile however instead now also separately later earlier'.split(' '));
/** Prepositions that open an adjunct before the subject ("On Monday, aides said"). */
export const LEAD_PREPOSITIONS = new Set('on in at during after before last this earlier later since by over'.split(' '));
/** Words that never sit inside a subject noun phrase before its verb (clauses, negation, modals). */
export const NOT_IN_SUBJECT = new Set(
  `after before because when while if although though since until unless whether and or but not n't did does do
  would could will can should may might must is are was were be been being ; : to then so than whom`.split(/\s+/),
);
/** Prepositions of an adjunct right after the cue ("said in a statement"), skipped before the content. */
export const AFTER_CUE_PP = new Set('in on at during to via after before earlier later last this with'.split(' '));
/** Nouns such adjuncts end in (statement, interview, weekdays): the content starts after them. */
export const PP_NOUNS = /^(?:statement|interview|email|e-mail|letter|post|posts|tweet|media|facebook|twitter|x|instagram|website|blog|radio|television|tv|release|briefing|conference|call|filing|hearing|speech|message|video|podcast|appearance|meeting|event|launch|rally|summit|headquarters|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|reporters|journalists)$/u;
/** Longest source noun phrase read: bounds every scan on pathological text. */
export const MAX_SOURCE_TOKENS = 28;
/** Cue forms that are as often nouns ("secretary of state", "news reports"): cues only before "that". */
export const NOUN_LIKE_CUES = new Set(
  `state states report reports claim claims note notes reply replies tweet tweets post posts hope hopes fear fears
  worry worries estimate estimates question questions comment comments answer answers remark remarks call calls
  promise promises pledge pledges vow vows quote quotes charge charges point points concern concerns warning
  know knows believe add added adds written`.split(/\s+/),
);

/** Words that open a relative clause, inside which a finite verb still describes the speaker. */
export const RELATIVES = new Set(['who', 'whose', 'that', 'which', 'whom']);

/** How a noun-phrase afterthought after a closing cue starts ("…, the ministry said, the largest rise in years"). */
export const AFTERTHOUGHT_START = /^(?:the|a|an|its|their|his|her|up|down|more|less|one|two|three|\d[\d.,%]*)$/u;

/** What a document does to a claim: "records show", "a study found", "the audit suggests". */
export const DOCUMENT_CUES: ReadonlySet<string> = new Set(('show shows showed found find finds suggest suggests suggested indicate indicates indicated reveal reveals revealed conclude concludes concluded ' +
  'project projects projected estimate estimates estimated forecast forecasts predict predicts predicted recommend recommends recommended put puts').split(' '));
/** Document nouns the lexicon leaves out, as heads of a subject ("Inspection records show"). */
const MORE_DOCUMENT_NOUNS = new Set(['documents', 'document', 'records', 'data', 'figures', 'statistics', 'audit', 'review', 'minutes', 'research', 'estimates', 'transcript', 'transcripts', 'tally', 'census']);
/** A document's noun, of the lexicon or of the few more it leaves out ("records", "data"). */
export function isDocumentWord(lower: string): boolean {
  return DOCUMENT_NOUNS.has(lower) || MORE_DOCUMENT_NOUNS.has(lower);
}

/** Words that may follow a document noun heading its subject: a post-modifier ("obtained by", "of the council"). */
const AFTER_DOCUMENT_HEAD = new Set('of by from for in on at obtained released published seen reviewed filed issued conducted commissioned compiled'.split(' '));

/**
 * Whether the subject [from, c) is headed by a document within its first four words: the noun right
 * before the cue, an auxiliary or a post-modifier ("Budget documents obtained by …", "A new study
 * found"), so a noun used as a modifier ("Poll workers found", "Survey crews found") is not one.
 */
export function documentSubject(t: Token[], from: number, c: number): boolean {
  for (let k = from; k < c && k < from + 4; k++) {
    if (!isDocumentWord(t[k].lower)) continue;
    const next = t[k + 1];
    // also set off by a comma ("Internal party research, seen by the Herald, shows")
    if (k + 1 === c || AUXILIARIES.has(next.lower) || AFTER_DOCUMENT_HEAD.has(next.lower) || (next.text === ',' && AFTER_DOCUMENT_HEAD.has(t[k + 2]?.lower ?? ''))) return true;
  }
  return false;
}

/** Bodies whose "found" is a finding (an inquiry's, a court's): "An arbitration panel in 2001 found …". */
const FINDING_BODIES = new Set(['panel', 'court', 'inquiry', 'commission', 'committee', 'tribunal', 'judge', 'jury', 'investigators', 'auditors', 'regulator', 'watchdog', 'ombudsman', 'coroner', 'inspectors']);

/** Whether the subject [from, c) is headed, within its first four words, by a body whose "found" reports a finding. */
export function findingBodySubject(t: Token[], from: number, c: number): boolean {
  for (let k = from; k < c && k < from + 4; k++) if (FINDING_BODIES.has(t[k].lower)) return true;
  return false;
}

/** Verbs of a stance taken on a decision, cues only before one ("welcomed the ban"; not "welcomed 200 guests"). */
const STANCE_CUES = new Set(['welcomed', 'welcomes', 'praised', 'praises', 'condemned', 'condemns', 'criticised', 'criticized', 'criticises', 'criticizes', 'hailed', 'hails', 'denounced', 'denounces']);
const STANCE_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her']);
const STANCE_OBJECTS = new Set(['decision', 'ruling', 'ban', 'move', 'plan', 'plans', 'announcement', 'verdict', 'seizure', 'deal', 'agreement', 'news', 'report', 'result', 'results',
  'findings', 'law', 'bill', 'vote', 'proposal', 'proposals', 'measure', 'measures', 'step', 'policy', 'change', 'changes', 'outcome', 'order', 'judgment', 'judgement', 'cuts', 'closure', 'attack', 'attacks', 'arrest', 'arrests']);

/** Whether a verb, a determiner and a noun are a stance taken on a decision ("welcomed | the | ban"). */
export function isStanceOnDecision(verb: string, determiner: string, noun: string): boolean {
  return STANCE_CUES.has(verb) && STANCE_DETERMINERS.has(determiner) && STANCE_OBJECTS.has(noun);
}

/** Marks that may close a sentence after its last word. */
export const SENTENCE_CLOSERS: ReadonlySet<string> = new Set(['.', '!', '?', '”', '"', '’', ')']);
/** Words that show a subject has a modifier ("two officials familiar with …"), after which a verb-like word may still be in the subject. */
export const SUBJECT_MODIFIERS: ReadonlySet<string> = new Set(['who', 'familiar', 'briefed', 'involved', 'with', 'of']);
