/**
 * Lexicon regexes are often alternations whose every branch starts with a word boundary
 * ("\binjur|\bhurt|\bfelt\s+..."). V8 tests the boundary once per branch at every position of
 * the text; written once in front of the alternation ("\b(?:injur|hurt|felt\s+...)") it is
 * tested once, which makes such a search up to a third faster. The two forms match the same text
 * in the same order of preference, and the added group captures nothing, so group numbers stay.
 */

/** The top-level branches of a regex source (split at `|` outside groups and classes). */
export function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** `source` with a `\b` that opens every top-level branch written once in front; unchanged otherwise. */
export function hoistWordBoundary(source: string): string {
  const branches = topLevelBranches(source);
  // a quantifier right after the boundary would make the rewrite change its meaning (or validity)
  const opens = (b: string): boolean => b.startsWith('\\b') && !/^[?*+{]/.test(b.slice(2));
  if (branches.length < 2 || !branches.every(opens)) return source;
  return `\\b(?:${branches.map((b) => b.slice(2)).join('|')})`;
}
