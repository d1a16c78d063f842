/**
 * Whether any of several regexes matches a text, in one regex test: their sources as one
 * alternation. A list of cue patterns tested one after another on every sentence costs about as
 * many scans as patterns, and most sentences match none. Named groups become plain groups (a name
 * may not stand twice in one regex; a test reads no groups). Patterns that cannot be joined exactly
 * (a global or sticky one, flags that differ, a back-reference, which the joined groups would
 * renumber, or sources that do not compile together) are tested one by one.
 */
const NAMED_GROUP = /\(\?<(?![=!])[A-Za-z_$][\w$]*>/g;

export function anyTest(regexes: readonly RegExp[]): (text: string) => boolean {
  const oneByOne = (text: string): boolean => regexes.some((re) => re.test(text));
  if (!regexes.length) return () => false;
  const flags = regexes[0]!.flags;
  if (regexes.length === 1 || /[gy]/.test(flags) || regexes.some((re) => re.flags !== flags || /\\[1-9]|\\k</.test(re.source))) return oneByOne;
  try {
    const joined = new RegExp(regexes.map((re) => `(?:${re.source.replace(NAMED_GROUP, '(')})`).join('|'), flags);
    return (text) => joined.test(text);
  } catch {
    return oneByOne;
  }
}
