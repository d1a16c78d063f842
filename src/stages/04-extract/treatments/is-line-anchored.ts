/**
 * Whether a regular expression can only match at the start of a line: its source begins with `^`
 * and has no alternative outside a group (`^a|b` can match `b` anywhere). Compiled with the `m`
 * flag, such a pattern is tried only where a line starts instead of at every position, which is
 * exact: `^` fails everywhere else.
 */

/** True when `pattern` begins with `^` and has no top-level `|`. */
export function isLineAnchored(pattern: string): boolean {
  if (!pattern.startsWith('^')) return false;
  let depth = 0;
  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(pattern, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return false;
  }
  return true;
}

/** Index of the `]` closing the character class opened at `open` (its first `]` unescaped, as in JavaScript). */
function classEnd(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length;
}
