/**
 * Whether `re` matches anywhere in `text`. The lexicon's compiled patterns are global (they are
 * also used to list every match), so `test` would start where the last search stopped; this
 * starts at 0 and leaves the pattern reset for its next user.
 */
export function testWhole(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}
