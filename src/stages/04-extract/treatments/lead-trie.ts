/**
 * The leads of the treatment terms (each term's leading ASCII letters and digits, lower case) as
 * a trie over ASCII letters and digits. A term can start at a word only if its lead is a prefix
 * of the word's run of letters and digits (in either ASCII case): the lead is followed in the
 * term by a sign or nothing, which no letter or digit of the text can match. So a word none of
 * whose prefixes is a lead starts no term, and a walk of a few characters says so; most words
 * ("the", "in", "pain") are ruled out before any term is tried.
 */

/** Child slots per trie node: the 26 letters (either case) and the 10 digits. */
const SLOTS = 36;
/**
 * Depth at which the trie stops: a lead longer than this ends at its first characters, so the
 * test asks less (never more) and the table stays small enough to sit in the cache.
 */
const MAX_DEPTH = 5;

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
export interface LeadTrie {
  /** `children[node * 36 + slot]`: the child node, or 0. */
  readonly children: Uint16Array;
  /** 1 where a lead ends at the node. */
  readonly ends: Uint8Array;
}

/**
 * The trie of `leads` (lower-case ASCII letters and digits; an empty lead ends at the root), each
 * cut to its first `MAX_DEPTH` characters.
 */
export function buildLeadTrie(leads: Iterable<string>): LeadTrie {
  const children: number[] = new Array<number>(SLOTS).fill(0);
  const ends: number[] = [0];
  for (const lead of leads) {
    let node = 0;
    for (let k = 0; k < Math.min(lead.length, MAX_DEPTH); k++) {
      const slot = SLOT[lead.charCodeAt(k)] ?? -1;
      if (slot < 0) throw new Error(`lead "${lead}" holds a character other than a letter or digit`);
      let child = children[node * SLOTS + slot]!;
      if (child === 0) {
        child = ends.length;
        ends.push(0);
        for (let s = 0; s < SLOTS; s++) children.push(0);
        children[node * SLOTS + slot] = child;
      }
      node = child;
    }
    ends[node] = 1;
  }
  if (ends.length > 0xffff) throw new Error('lead trie too large');
  return { children: Uint16Array.from(children), ends: Uint8Array.from(ends) };
}

/** Whether some lead of the trie is a prefix of `text` at `at` (ASCII letters in either case). */
export function leadAt(text: string, at: number, trie: LeadTrie): boolean {
  const { children, ends } = trie;
  if (ends[0] === 1) return true;
  let node = 0;
  for (let k = at; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const slot = code < 128 ? SLOT[code]! : -1;
    if (slot < 0) return false;
    node = children[node * SLOTS + slot]!;
    if (node === 0) return false;
    if (ends[node] === 1) return true;
  }
  return false;
}
