/**
 * Case-insensitive regular expressions from guideline files, compiled once per pattern string and
 * cached per (frozen) owner object, so evaluating a criterion never recompiles per request.
 */
const cache = new WeakMap<object, Map<string, RegExp>>();

/**
 * The compiled form of `pattern`, owned by the guideline object `owner` that declares it. With
 * the `g` flag the caller must reset `lastIndex` before scanning.
 */
export function compilePattern(owner: object, pattern: string, flags = 'i'): RegExp {
  let byOwner = cache.get(owner);
  if (!byOwner) {
    byOwner = new Map();
    cache.set(owner, byOwner);
  }
  const key = `${flags}/${pattern}`;
  let re = byOwner.get(key);
  if (!re) {
    re = new RegExp(pattern, flags);
    byOwner.set(key, re);
  }
  return re;
}
