/**
 * Whether a UTF-16 code unit is a regex word character (`\w` without the unicode flag: an ASCII
 * letter, digit or underscore): the test behind `\b`, for code loops that stand in for a regex.
 */
export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
