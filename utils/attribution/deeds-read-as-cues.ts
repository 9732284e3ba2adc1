/**
 * Deeds the taggers read as cues, told apart by what follows the verb: a price raised, an expenses
 * claim, an amount added to a cost, a fund started, a player applauded off the pitch, an artwork that shows a person, calls
 * that go unanswered, a headline's "linked to", being "told of" a decision by no one, a forecast no one makes, a report "posted online"
 * describing its noun, "Not everyone sees it that way" and "Not all residents want …", someone admitted to
 * hospital, a crowd that dispersed, a tour cancelled, footage watched, a record hit, a letter written, people
 * "reported missing", staff who "were told" with nothing told, a passive in a relative clause, a noun phrase before "can kill them",
 * a count added, a court's award or order (and one on a passive's subject), a division of opinion, a protest
 * staged, a shelter opened, a case that "follows" an event, what "has long been considered" by no one, "according to" a rule ("used according to label instructions"),
 * and a rule's hypothetical ("if a committee decides that …"). None of them reports what anyone said.
 * Rules that need only the cue and the words after it go in deed-table.ts instead.
 */
import { agentAhead } from './agentless-passive';
import { CLAUSE_START } from './clause-start';
import { COUNT_AFTER } from './deed-table';
import type { AttributionSpans, Span } from './types';

/** Raising a price, a rate, a fare or a tax: a deed ("has raised the US price of a drug"), not "raised concerns". */
const RAISED = /^(?:(?:has|have|had|will|would)\s+)?(?:raised|raises|raise|hiked|hikes|increased|increases)$/u;
const PRICE_OBJECT = /^(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:price|prices|fare|fares|rate|rates|rent|rents|tax|taxes|fee|fees|grant|grants|subsidy|subsidies|allowance|threshold|cap|limit|minimum wage|tariff|tariffs|wage|wages|pay|salary|salaries|premium|premiums|charge|charges|cost|costs|bill|bills)\b/u;

/** A claim of money ("claimed £14,000 in expenses", "claims $2m for"): an expenses or insurance claim. */
const CLAIMED = /^(?:(?:has|have|had)\s+)?(?:claimed|claims|claim|claiming)$/u;
const MONEY_AFTER = /^\s*(?:(?:more than|over|about|almost|nearly|up to|around|at least)\s+)?(?:[£$€¥]|\d[\d,.]*\s*(?:pounds|dollars|euros)\b)/u;

/** Adding an amount to something ("adding £60 a year to the cost of a permit"): a sum, not a word more. */
const ADDING = /^(?:adding|adds|added)$/u;
const AMOUNT_TO = /^(?:(?:more than|over|about|almost|nearly|up to|around|at least|some|another)\s+)?(?:[£$€¥]\s*)?\d[^.;:"“”]{0,40}?\bto\s+\p{L}/u;

/** A count added ("added 2.1 million paid subscribers"): growth, not a word more. */

/** A passive's subject ordered or required to do something ("was released on bail and | ordered to surrender his passport"): a court's order on them. */
const PASSIVE_THEN_AND = /^\s+(?:was|were|has been|have been|had been|is|are)\s+[^.;:!?"“”]{1,100}?\s+and\s+$/u;
/** The same with no source read: the passive and its "and" right before the cue. */
const PASSIVE_AND_BEFORE = /(?:^|\s)(?:was|were|has been|have been|had been)\s+[^.;:!?"“”]{1,100}?\s+and\s+$/u;
const ORDERED = /^(?:ordered|required|forced|instructed|directed|banned|barred)$/u;
/** An order in the passive on its subject ("was ordered to pay costs", "were told to leave"): what a court or an employer made them do. */
const ORDERED_PASSIVE = /^(?:was|were|is|are|has been|have been|had been|been)\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?(?:ordered|required|forced|instructed|directed|told|asked)$/u;
/** A thing named in passing, set off by commas ("The planet, called TOI-2931 b, orbits …"): its name, no one's words. */
const NAMED_IN_PASSING = /^(?:called|named|dubbed|nicknamed|known\s+as|codenamed|code-named)$/u;
/** A court's award or order on someone ("awarded Ms Fairweather £185,000 in damages", "ordered the paper to publish"). */
const COURT_ACT = /^(?:(?:awarded|awards)\s+[^.;:"“”]{0,60}?(?:damages|compensation|costs|[£$€¥]\s*\d)|(?:ordered|orders)\s+(?:the|a|an|his|her|their|its|him|them|\p{Lu}[\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,4}?\s+to\s+\p{Ll})/u;
/** A division of opinion ("Cabinet members were divided: …", "appeared sharply divided over the plan"): how they stand, not what they said. */
const DIVIDED = /^(?:(?:were|are|was|is|remain|remained|remains|appeared|seemed)\s+)(?:(?:\p{Ll}+ly|deeply|sharply|bitterly)\s+)?(?:divided|split)(?:\s+(?:on|over|about))?:?$/u;
/** Views divided on a question ("Economists were divided on how far prices would fall"): a summary of what they say, kept. */
const VIEWS_ON_QUESTION = /(?:divided|split)\s+(?:on|over|about|as to)\s+(?:whether|how|which|what|who|why|if|when)\b/u;
/** A decline in a count ("Bumblebee numbers have declined sharply"): a trend, not a refusal ("declined to comment"). */
/** A passive of judging with no one judging ("has long been considered harmless"): the writer's generalisation. */
const CONSIDERED_PASSIVE = /^(?:is|are|was|were|(?:has|have|had)\s+(?:(?:long|\p{Ll}+ly)\s+)?been)\s+(?:(?:\p{Ll}+ly|long|widely|generally)\s+)?(?:considered|deemed|regarded)$/u;

/** "used according to label instructions", "went according to plan": in keeping with a rule, not anyone's account. */
const RULE_SOURCE = /\b(?:plan|plans|schedule|schedules|instructions|guidelines|rules|procedures?|protocols?|regulations|labels?|directions|script|recipe|specifications?|design|tradition|custom|timetable|manual)$/iu;

/** Starting something ("have started a fund to help …"): a deed. */
const STARTED = /^(?:(?:has|have|had)\s+)?(?:started|starts|launched|set up|sets up|opened)$/u;
const STARTED_OBJECT = /^(?:an?|the|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:fund|fundraiser|crowdfunder|crowdfunding page|appeal|collection|business|company|firm|shop|charity|club|group|page|account)\b/u;

/** Applause or jeers that move someone ("applauded him off the pitch"): a gesture of a crowd. */
const CROWD_VERB = /^(?:(?:has|have|had)\s+)?(?:applauded|cheered|booed|jeered|clapped|whistled|serenaded)$/u;
const OFF_OR_ON = /^(?:him|her|them|the\s+\p{L}+(?:\s+\p{L}+)?)\s+(?:off|onto|on to|out of|into|from)\s/u;

/** Art that shows someone ("The artwork … showed Adaeze Okonkwo"): a depiction, not a finding (a photo or satellite image that shows is evidence, kept). */
const ART_SOURCE = /\b(?:artwork|mural|painting|portrait|sculpture|statue|poster|drawing|illustration|cartoon|banner|billboard|stamp|coin)s?\b/iu;
const SHOWING = /^(?:showed|shows|show|depicts|depicted|portrays|portrayed|features|featured)$/u;

/** "calls to its phone line go unanswered", "calls to the office were not returned". */
const UNANSWERED = /^to\s[^.;]{0,60}?\b(?:go|goes|went|have gone|has gone|were|was|are|is|have been|has been|had been)\s+(?:unanswered|unreturned|not returned)\b/u;

/** A headline's or a passive's "linked to": whom or what something was tied to, by no one named. */
const LINKED = /^(?:(?:is|are|was|were|been|being|has been|have been|had been)\s+)?(?:linked|tied|connected)$/u;

/** A forecast no one makes ("Temperatures are forecast to fall"; not "was projected the winner", nor one made "by the Met Office"). */
const FORECAST_PASSIVE = /^(?:is|are|was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?(?:forecast|predicted|projected)$/u;

/** A report's participle after its noun and a comma ("The analysis, posted online on Monday by …,"): which report, not what it says. */
const POSTED = /^(?:posted|published|released|issued|shared|uploaded|circulated|leaked|read)(?:\s+online)?$/u;
/** Where or when a report came out, all a participle's "claim" holds ("The STRB's report, published | alongside the announcement, found …"). */
const CIRCUMSTANCE = /^(?:alongside|on|in|at|last|this|by|with|after|before|earlier|late|early|each|every|annually|weekly|monthly|yearly|twice|once|the\s+(?:same|next|following|previous))\b/u;

/** "Not everyone sees it that way", "Not all residents want …": no one in particular, the writer's generalisation; the words before the source or cue. */
const NOT_ALL_OPENING = new RegExp(String.raw`(?:${CLAUSE_START})(?:Not everyone|Not everybody|Not (?:all|every)(?:\s+[\p{L}'’-]+){0,3})\s+$`, 'u');
/** A source that is itself "Not all …", "Not everyone". */
const NOT_ALL_SOURCE = /^Not (?:all|every|everyone|everybody)\b/u;

/** Whether a sentence opens with "Not all …" or "Not everyone" right before `at`. */
const notAllOpens = (text: string, at: number): boolean => NOT_ALL_OPENING.test(text.slice(Math.max(0, at - 60), at));

/** A comma and a space right before `at`: a participle set off after its noun. */
const commaBefore = (text: string, at: number): boolean => /,\s$/u.test(text.slice(Math.max(0, at - 2), at));

/** Being told of something with no one telling ("was told of the decision at the training ground"): news of an event reaching someone. */
const TOLD_OF = /^(?:(?:was|were|is|are|had been|has been|have been|been|being)\s+)?told(?:\s+(?:of|about))?$/u;

/** Admitting someone to a place, or a number of people ("was admitted to hospital", "admits about 1,900 first-year students"): no admission of guilt. */
const ADMITTED = /^(?:(?:was|were|is|are|has been|have been|had been|been|being)\s+)?(?:admit|admits|admitted|admitting)$/u;
const ADMITTED_TO = /^(?:to\s+(?:(?:a|the)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:hospital|clinic|infirmary|intensive care|care home|hospice|ward)\b|(?:(?:about|around|some|nearly|almost|more than|over|up to|fewer than)\s+)?\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?(?:students|patients|pupils|applicants|people|members|children|refugees|migrants)\b)/u;

/** A crowd's or a traveller's movement ("They dispersed peacefully"): a deed, whatever the taggers took. */
const MOVED = /^(?:dispersed|marched|queued|arrived|fled|departed)$/u;

/** Deeds told by their object: a tour or flight cancelled, footage watched, a record hit. */
const DEED_WITH_OBJECT = /^(?:(?:has|have|had|also)\s+)*(?:(?:staged|stage|stages|held|holds|organi[sz]ed)\s+(?:[\p{L}-]+\s+){0,2}?(?:protests?|rall(?:y|ies)|marche?s?|vigils?|demonstrations?|strikes?|sit-ins?|walkouts?)\b|(?:opened|opens)\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:shelter|centre|center|camp|clinic|branch|store|factory|plant|school|hospital|museum)\b|(?:follows|followed)\s+(?:the|a|an|his|her|its|their|last|months|weeks|years)\s|(?:cancell?ed|cancels|called off|postponed)\s+(?:an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:tour|concert|gig|show|shows|match|flight|flights|trip|visit|event|festival|dates|season)\b|(?:watched|watch|watches)\s+(?:footage|video|videos|coverage|the\s+(?:footage|video|coverage|match|game))\b|(?:hit|hits)\s+(?:a\s+)?(?:record|new\s+(?:high|low)|high|low|all-time)\b)/u;
/** A letter written or sent, its words read elsewhere: the claim then holds only where it went ("wrote an open letter | to the council last month"). */
const LETTER_WRITTEN = /^(?:wrote|writes|sent|sends|penned|signed)\s+(?:an?\s+)?(?:open\s+)?(?:letter|petition|note)\b/u;

/** "Two people were reported missing": a passive of a state someone was reported in, by no one named. */
const REPORTED_STATE = /^(?:was|were|has been|have been|had been|is|are)\s+reported\s+(?:missing|dead|killed|injured|hurt|stolen|safe)$/u;

/** A passive of telling whose claim is only its subject ("Its 38 staff were told on Tuesday"): who heard, not what was said. */
const TOLD_PASSIVE = /^(?:was|were|had been|has been|have been|been|being)\s+told$/u;

/** A passive in a relative clause whose claim ends with the pronoun ("a lawsuit challenging 300 ballots that | were rejected"): a thing described. */
const PASSIVE = /^(?:was|were|is|are|had been|has been|have been|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)$/u;
const RELATIVE_END = /\b(?:that|which)\s*$/u;


/** Someone identified by others as a name ("The victims were identified by relatives as Rosa Alvarado"): who they were, no statement. */
const IDENTIFIED_AS = /^(?:was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?identified$/u;
/** What someone is expected to say ("is expected to argue that …"): a forecast of the writer's, no statement yet. */
const EXPECTED_TO_SAY = /^(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+)?expected\s+to\s+\p{Ll}+(?:\s+(?:for|against|on|about|in|at|before))?$/u;

/** A modal right after a cue with no source in a subject's place: the "cue" is a noun phrase, the clause's subject ("…, but prolonged stress | can kill them"). */
const SUBJECT_PLACE_BEFORE = /(?:^|[.!?;]["”’]?\s+|\n|,\s+(?:but|and|while|yet|so)\s+)$/u;
const MODAL_AFTER = /^\s*(?:can|could|may|might|will|would|shall|should|must)\s/u;

const written = (text: string, s: Span): string => text.slice(s.start, s.end);

/** Whether a reading is a deed or a description read as a cue (non-statements.ts drops it). */
export function isDeedNotStatement(text: string, f: AttributionSpans): boolean {
  if (f.cue === null) return false;
  const cue = written(text, f.cue);
  const after = text.slice(f.cue.end, f.cue.end + 160);
  const object = after.replace(/^\s+/u, '');
  if (RAISED.test(cue) && PRICE_OBJECT.test(object)) return true;
  if (CLAIMED.test(cue) && MONEY_AFTER.test(after)) return true;
  if (ADDING.test(cue) && AMOUNT_TO.test(object)) return true;
  if (STARTED.test(cue) && STARTED_OBJECT.test(object)) return true;
  if (/^according to$/iu.test(cue) && f.source !== null && RULE_SOURCE.test(written(text, f.source)) && /\p{Ll}\s+$/u.test(text.slice(Math.max(0, f.cue.start - 3), f.cue.start))) return true;
  if ((ADDING.test(cue) && COUNT_AFTER.test(object)) || COURT_ACT.test(`${cue} ${object}`) || (DIVIDED.test(cue) && !VIEWS_ON_QUESTION.test(`${cue} ${object}`))) return true;
  if ((ORDERED.test(cue) || (/^(?:told|asked)$/u.test(cue) && /^to\s/u.test(object))) &&
    (f.source === null ? PASSIVE_AND_BEFORE.test(text.slice(Math.max(0, f.cue.start - 140), f.cue.start)) : f.source.end <= f.cue.start && PASSIVE_THEN_AND.test(text.slice(f.source.end, f.cue.start)))) return true;
  if (f.source === null && CONSIDERED_PASSIVE.test(cue) && !agentAhead(text, f.cue.end)) return true;
  if (ORDERED_PASSIVE.test(cue) && /^to\s+\p{Ll}/u.test(object) && !agentAhead(text, f.cue.end)) return true;
  if (f.source === null && NAMED_IN_PASSING.test(cue) && commaBefore(text, f.cue.start) && !/^["“'‘]/u.test(object)) return true;
  // ("… can be imposed if a reviewing committee decides that …": a rule's hypothetical, no one's statement)
  if (f.source !== null && /^(?:an?|any)\s/iu.test(written(text, f.source)) && /\b(?:if|unless)\s+$/u.test(text.slice(Math.max(0, f.source.start - 8), f.source.start))) return true;
  if (CROWD_VERB.test(cue) && OFF_OR_ON.test(object)) return true;
  if (SHOWING.test(cue) && f.source !== null && ART_SOURCE.test(written(text, f.source)) && !/^(?:that|how|what|why|whether)\b/u.test(object)) return true;
  if (/^calls$/u.test(cue) && UNANSWERED.test(object)) return true;
  if (LINKED.test(cue) && /^to\s/u.test(object)) return true;
  if (ADMITTED.test(cue) && ADMITTED_TO.test(object)) return true;
  // ("Fish counters on the river recorded …": a plural noun and its preposition, read as a verb and its particle)
  if (/^(?:counters|counts|records|reports|notes|claims|states|statements|tallies)\s+(?:on|in|at|of|along|across)$/u.test(cue)) return true;
  // ("After 47 years on air, a town's radio station says goodbye": a farewell, whatever the claim the taggers took)
  if (/^(?:says|say|said|saying|bids|bid|bade)$/u.test(cue) && /^(?:goodbye|farewell)\b/iu.test(object)) return true;
  if ((IDENTIFIED_AS.test(cue) && /^(?:by\s[^.;]{1,60}?\s)?as\s/u.test(object)) || EXPECTED_TO_SAY.test(cue)) return true;
  if (MOVED.test(cue) && !/^(?:that|["“])/u.test(object)) return true;
  if (DEED_WITH_OBJECT.test(`${cue} ${object}`) || REPORTED_STATE.test(cue)) return true;
  if (LETTER_WRITTEN.test(`${cue} ${object}`) && !/\b(?:letter|petition|note)\b/u.test(cue) && f.content.every((c) => c.start >= f.cue!.end && !/\b(?:letter|petition|note)\b/u.test(written(text, c)))) return true;
  const before = f.content.length > 0 && f.content.every((c) => c.end <= f.cue!.start);
  if (f.source === null && before && TOLD_PASSIVE.test(cue) && !/^(?:that|to|of|about|by|["“:])/u.test(object)) return true;
  if (before && PASSIVE.test(cue) && RELATIVE_END.test(text.slice(f.content[f.content.length - 1].start, f.content[f.content.length - 1].end))) return true;
  if (f.source === null ? notAllOpens(text, f.cue.start) : notAllOpens(text, f.source.start) || NOT_ALL_SOURCE.test(written(text, f.source))) return true;
  if (f.source === null && TOLD_OF.test(cue) && (/\b(?:of|about)$/u.test(cue) || /^(?:of|about)\s/u.test(object)) && !agentAhead(text, f.cue.end)) return true;
  if (FORECAST_PASSIVE.test(cue) && /^to\s/u.test(object) && !agentAhead(text, f.cue.end)) return true;
  // (or the report as its source, set off by commas: "The STRB's report, published alongside the announcement, found")
  // (a post "on X:" with its words after it is the poster's: "…, Hélène Bakshi-Moreau, posted on X: "…"")
  if (f.source !== null && /^(?:published|released|issued)$/u.test(cue) && commaBefore(text, f.cue.start) && f.source.end >= f.cue.start - 2 &&
    CIRCUMSTANCE.test(object) && !/[:"“]/u.test(object.slice(0, 60))) return true;
  if (f.source === null && POSTED.test(cue) && commaBefore(text, f.cue.start) && before) return true;
  return f.source === null && f.content.length === 1 && f.content[0].start >= f.cue.end && MODAL_AFTER.test(text.slice(f.cue.end, f.content[0].start + 8)) &&
    SUBJECT_PLACE_BEFORE.test(text.slice(Math.max(0, f.cue.start - 12), f.cue.start));
}
