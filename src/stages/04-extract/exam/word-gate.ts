/**
 * Cheap tests that rule a term list out of a text before its regex scans it. A whole-word term
 * can only match where the text has a word equal to the term's first word (a word being a run of
 * [A-Za-z0-9_], as `\b` sees words; case-insensitive), and a term that starts with a symbol ("+",
 * "(+)") only where that symbol is. The gates are derived from the terms themselves, so they never
 * need upkeep, and a gate never says no where its regex could match.
 *
 * All gates of one lexicon share a `GateSet`: a text's words are hashed once into one table from
 * first word to the gates it opens, and each gate is then one bit of the text's mask. Two words
 * in one slot of the table only open a gate needlessly, which costs a regex scan, not a match.
 */

import { isWordCode } from '../../../text/word-char.js';

/** Whether a text might hold one of the terms. */
export type WordGate = (text: string) => boolean;

/** Calls `visit` with each lower-cased word of `text`. */
export function eachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordCode(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      visit(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
}

/** Most gates one set holds (one bit each of a 32-bit mask). */
const MAX_GATES = 31;
/** Slots of the first-word table; words sharing a slot only open more gates, never fewer. */
const SLOTS = 1 << 12;

/** ASCII lower case of a word character's code. */
const lower = (k: number): number => (k >= 65 && k <= 90 ? k + 32 : k);

/** For each ASCII code, its lower-case code if it is a word character, else 0 (one look-up per character in `maskOf`). */
const WORD_LOWER = Uint8Array.from({ length: 128 }, (_, k) => (isWordCode(k) ? lower(k) : 0));

/** FNV-1a start and step of the word hashes. */
const SEED = 0x811c9dc5;
const PRIME = 0x01000193;

/** Hash of a lower-cased word, as `maskOf` computes it from the text's char codes. */
function hashWord(word: string): number {
  let h = SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ lower(word.charCodeAt(i)), PRIME);
  return h;
}

export class GateSet {
  /** For each slot, the gates whose terms start with a word hashed there. */
  private readonly slots = new Int32Array(SLOTS);
  private readonly symbols: Array<{ ch: string; bit: number }> = [];
  private always = 0;
  private count = 0;
  /**
   * The detectors ask about one sentence after another: the last two texts' masks are kept (a
   * detector reads a piece of the sentence, then the next one the sentence again).
   */
  private lastText: string | null = null;
  private lastMask = 0;
  private prevText: string | null = null;
  private prevMask = 0;

  /** A gate for a list of literal terms (as the exam lexicon compiles them to whole-word alternations). */
  add(terms: readonly string[]): WordGate {
    if (this.count >= MAX_GATES) return () => true;
    const bit = 1 << this.count++;
    for (const t of terms) {
      const lead = /^[A-Za-z0-9_]+/.exec(t);
      if (lead) this.slots[hashWord(lead[0]) & (SLOTS - 1)]! |= bit;
      // an empty term matches anywhere
      else if (!t.length) this.always |= bit;
      else if (!this.symbols.some((s) => s.ch === t[0] && s.bit === bit)) this.symbols.push({ ch: t[0]!, bit });
    }
    this.lastText = null;
    this.prevText = null;
    return (text) => (this.maskOf(text) & bit) !== 0;
  }

  /** Bits of the gates open for `text`: the words are hashed straight from the char codes, without slicing. */
  maskOf(text: string): number {
    if (text === this.lastText) return this.lastMask;
    if (text === this.prevText) {
      const mask = this.prevMask;
      this.prevText = this.lastText;
      this.prevMask = this.lastMask;
      this.lastText = text;
      this.lastMask = mask;
      return mask;
    }
    const slots = this.slots;
    let mask = this.always;
    let h = SEED;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const k = text.charCodeAt(i);
      const w = k < 128 ? WORD_LOWER[k]! : 0;
      if (w !== 0) {
        if (!inWord) { h = SEED; inWord = true; }
        h = Math.imul(h ^ w, PRIME);
      } else if (inWord) {
        mask |= slots[h & (SLOTS - 1)]!;
        inWord = false;
      }
    }
    if (inWord) mask |= slots[h & (SLOTS - 1)]!;
    for (const { ch, bit } of this.symbols) if (!(mask & bit) && text.includes(ch)) mask |= bit;
    this.prevText = this.lastText;
    this.prevMask = this.lastMask;
    this.lastText = text;
    this.lastMask = mask;
    return mask;
  }
}
