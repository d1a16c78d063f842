/** Character-level whitespace test used by the line scanners. */

const NON_SPACE = /\S/;

/**
 * Is this UTF-16 code unit whitespace other than the line feed, exactly as `\s` defines it?
 * ASCII is decided by comparison; only rare non-ASCII characters reach the regex.
 */
export function isHorizontalSpace(code: number): boolean {
  if (code === 32 || code === 9 || code === 11 || code === 12 || code === 13) return true;
  if (code < 128) return false;
  return !NON_SPACE.test(String.fromCharCode(code));
}
