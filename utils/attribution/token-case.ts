/** Lower-casing of token texts, shared by the tokenizer and its intern table (kept apart, so neither imports the other). */

/**
 * `t.toLowerCase()`, but `t` itself when it has no capital (plain ASCII without A–Z): the same
 * text, with no second string made for most tokens of a text (toLowerCase always makes one).
 */
export function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return t.toLowerCase();
  }
  return t;
}
