/**
 * Words that introduce reported speech or thought in news. The rules use them directly and the
 * tagger uses membership as a feature, so wording the training data never saw still helps.
 */

const SPEECH_LEMMAS = (
  'say tell report write warn deny confirm insist acknowledge add announce argue claim explain ' +
  'note state declare suggest predict ask answer reply respond admit concede contend assert ' +
  'maintain allege charge complain testify tweet post recall reveal disclose estimate believe ' +
  'think hope fear worry caution stress emphasize emphasise urge vow pledge promise concede ' +
  'agree disagree dispute counter object observe remark comment mention describe call cite quote ' +
  'show find indicate conclude suggest boast brag joke quip scoff shout yell tout point ' +
  'acknowledge signal predict forecast accuse blame criticize criticise praise question ' +
  'recount inform notify assure reiterate repeat continue conclude lament'
).split(' ');

function inflect(lemma: string): string[] {
  const forms = [lemma];
  const irregular: Record<string, string[]> = {
    say: ['says', 'said', 'saying'], tell: ['tells', 'told', 'telling'],
    write: ['writes', 'wrote', 'written', 'writing'], think: ['thinks', 'thought', 'thinking'],
    find: ['finds', 'found', 'finding'], show: ['shows', 'showed', 'shown', 'showing'],
  };
  if (irregular[lemma]) return forms.concat(irregular[lemma]);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const y = lemma.endsWith('y') && !/[aeiou]y$/.test(lemma);
  const base = y ? lemma.slice(0, -1) : lemma;
  forms.push(y ? `${base}ies` : /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
  forms.push(y ? `${base}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
  forms.push(`${stem}ing`);
  if (/[^aeiou][aeiou][tpg]$/.test(lemma) && lemma.length <= 4) {
    forms.push(`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`);
  }
  return forms;
}

const STANCE_LEMMAS = (
  'plan want intend expect seek decide refuse decline vow pledge promise support oppose endorse ' +
  'back criticize criticise accuse attack praise blame defend dismiss reject question reference ' +
  'condemn denounce mock slam blast hail welcome applaud urge demand propose push suggest ' +
  'consider doubt fear hope wish prefer favor favour like love hate feel know see view regard ' +
  'insist compare liken label brand dub term portray characterize characterise depict highlight ' +
  'acknowledge apologize apologise thank congratulate challenge threaten pressure dispute'
).split(' ');

/** Verbs of intention, stance and evaluation: PolNeAR counts many of them as attribution cues. */
export const STANCE_VERBS: ReadonlySet<string> = new Set(STANCE_LEMMAS.flatMap(inflect));

/** Every inflected form of a speech or thought verb, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_LEMMAS.flatMap(inflect));

/** The most reliable reporting verbs: enough on their own for the rule-based finder. */
export const CORE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  ('say tell report write warn deny confirm insist acknowledge add announce argue claim explain ' +
    'note state declare reply respond admit tweet').split(' ').flatMap(inflect),
);

/**
 * Verbs that report a whole clause after them ("said the Liberals wanted …"), as a regular-expression
 * alternation: a cue after one in the same clause sits inside what was reported.
 */
export const REPORTING_CLAUSE_VERBS = 'said|says|say|told|tells|believes?|believed|thinks?|thought|argued|argues|insisted|insists|added|adds|warned|warns|claimed|claims';

/** Nouns naming the vehicle of a statement: "in a statement", "in an interview". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(
  'statement interview email letter tweet post report release memo speech post filing briefing'.split(' '),
);

/** Pronouns that can be the subject (source) of a reporting verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('he she they i we it you who'.split(' '));
