/**
 * What must hold for any text the engine is given, whatever its quality: the checks shared by the
 * property tests and `npm run fuzz`, so both judge the engine by the same rules.
 */
import { annotate, isAnonymousType, SOURCE_TYPES, type Attribution, type AttributionModel, type Span } from '../../utils/attribution';

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function spanProblem(text: string, span: Span, role: string): string | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${role} span has non-integer offsets ${start}-${end}`;
  if (start < 0 || end > text.length || start >= end) return `${role} span ${start}-${end} outside text of length ${text.length} or empty`;
  if (splitsPair(text, start) || splitsPair(text, end)) return `${role} span ${start}-${end} splits a surrogate pair`;
  return null;
}

/** Every rule one result breaks, as readable messages (empty when all hold). */
export function attributionProblems(text: string, attributions: readonly Attribution[]): string[] {
  const problems: string[] = [];
  for (const [i, a] of attributions.entries()) {
    const where = `attribution ${i}`;
    if (a.content.length === 0) problems.push(`${where} has no content span`);
    for (const s of a.content) {
      const p = spanProblem(text, s, `${where} content`);
      if (p) problems.push(p);
    }
    for (const [role, s] of [['cue', a.cue], ['source', a.source]] as const) {
      const p = s ? spanProblem(text, s, `${where} ${role}`) : null;
      if (p) problems.push(p);
    }
    const sorted = [...a.content].sort((x, y) => x.start - y.start);
    for (let k = 1; k < sorted.length; k++) {
      if (sorted[k].start < sorted[k - 1].end) problems.push(`${where} content spans overlap at ${sorted[k].start}`);
    }
    if (!SOURCE_TYPES.includes(a.sourceType)) problems.push(`${where} has unknown source type ${String(a.sourceType)}`);
    if (a.anonymous !== isAnonymousType(a.sourceType)) problems.push(`${where} anonymous flag disagrees with ${a.sourceType}`);
  }
  return problems;
}

/** Runs the engine twice and throws with every broken rule (including non-determinism). */
export function checkEngineOn(text: string, model: AttributionModel): Attribution[] {
  const first = annotate(text, model);
  const problems = attributionProblems(text, first);
  const second = annotate(text, model);
  if (JSON.stringify(first) !== JSON.stringify(second)) problems.push('two runs on the same text differ');
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return first;
}
