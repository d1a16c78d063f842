/**
 * Values (the treatment terms) indexed by their leads (each term's leading ASCII letters and
 * digits, lower case) in a trie over ASCII letters and digits. A term can start at a word only if
 * its lead is a prefix of the word's run of letters and digits (in either ASCII case): the lead
 * is followed in the term by a sign or nothing, which no letter or digit of the text can match.
 * A walk along the word's first few characters finds the terms whose leads it opens with; most
 * words ("the", "in", "pain") open with none, and are ruled out before any term is tried.
 */

/** Child slots per trie node: the 26 letters (either case) and the 10 digits. */
const SLOTS = 36;

/**
 * Depth at which the trie stops: a lead longer than this is indexed by its first characters, so
 * the table stays small enough to sit in the cache. The rest of such a lead is the caller's to
 * compare (`leadTail`).
 */
export const LEAD_DEPTH = 5;

/** The trie slot of each ASCII character code: letters 0-25 (either case), digits 26-35, else -1. */
const SLOT: Int8Array = (() => {
  const out = new Int8Array(128).fill(-1);
  for (let k = 0; k < 26; k++) {
    out[97 + k] = k;
    out[65 + k] = k;
  }
  for (let k = 0; k < 10; k++) out[48 + k] = 26 + k;
  return out;
})();

/** A trie of leads: node 0 is the root; a child index 0 means no child. */
export interface LeadTrie<T> {
  /** `children[node * 36 + slot]`: the child node, or 0. */
  readonly children: Uint16Array;
  /**
   * Per node: the values whose lead (cut to `LEAD_DEPTH` characters) is the node's string or a
   * prefix of it, in the order they were given.
   */
  readonly found: readonly (readonly T[])[];
}

const NONE: readonly never[] = Object.freeze([]);

/** The trie of `entries` (leads of lower-case ASCII letters and digits; an empty lead ends at the root). */
export function buildLeadTrie<T>(entries: ReadonlyArray<{ readonly lead: string; readonly value: T }>): LeadTrie<T> {
  const children: number[] = new Array<number>(SLOTS).fill(0);
  const parent: number[] = [0];
  const own: Array<Array<{ rank: number; value: T }>> = [[]];
  entries.forEach(({ lead, value }, rank) => {
    let node = 0;
    for (let k = 0; k < Math.min(lead.length, LEAD_DEPTH); k++) {
      const slot = SLOT[lead.charCodeAt(k)] ?? -1;
      if (slot < 0) throw new Error(`lead "${lead}" holds a character other than a letter or digit`);
      let child = children[node * SLOTS + slot]!;
      if (child === 0) {
        child = parent.length;
        parent.push(node);
        own.push([]);
        for (let s = 0; s < SLOTS; s++) children.push(0);
        children[node * SLOTS + slot] = child;
      }
      node = child;
    }
    own[node]!.push({ rank, value });
  });
  if (parent.length > 0xffff) throw new Error('lead trie too large');
  // a child is created after its parent, so each node's parent is already done
  const ranked: Array<Array<{ rank: number; value: T }>> = [];
  for (let node = 0; node < own.length; node++) {
    const inherited = node === 0 ? [] : ranked[parent[node]!]!;
    ranked.push([...inherited, ...own[node]!].sort((a, b) => a.rank - b.rank));
  }
  return {
    children: Uint16Array.from(children),
    found: ranked.map((list) => (list.length ? Object.freeze(list.map((e) => e.value)) : NONE)),
  };
}

/**
 * The values whose lead (cut to `LEAD_DEPTH`) is a prefix of `text` at `at` in either ASCII case,
 * in the order given to the trie: those of the deepest node the text's letters and digits reach.
 */
export function leadMatches<T>(text: string, at: number, trie: LeadTrie<T>): readonly T[] {
  const { children } = trie;
  let node = 0;
  for (let k = at; k < text.length && k < at + LEAD_DEPTH; k++) {
    const code = text.charCodeAt(k);
    const slot = code < 128 ? SLOT[code]! : -1;
    if (slot < 0) break;
    const child = children[node * SLOTS + slot]!;
    if (child === 0) break;
    node = child;
  }
  return trie.found[node]!;
}
