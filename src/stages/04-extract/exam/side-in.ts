/**
 * The side a stretch of exam text states: "left", "on the right", "bilaterally", "both", "bilat",
 * "R > L" (both sides), and a capital letter standing alone ("negative L", "R upper trapezius",
 * "neg B"). Side words come from the body-part lexicon; the letters from the exam lexicon's
 * `sideLetters` (R and L when it has none).
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Side } from '../../../types/vocab.js';

interface Compiled {
  readonly words: RegExp;
  readonly sideOf: ReadonlyMap<string, Side>;
  readonly letters: ReadonlyMap<string, Side>;
}

const cache = new WeakMap<object, Compiled>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DEFAULT_LETTERS: Readonly<Record<string, Side>> = { R: 'right', L: 'left' };

/** The side lexicons; the exam lexicon is optional (callers typed for body parts only pass the whole set). */
type SideLexicons = Pick<Lexicons, 'bodyParts'> & { readonly examFindings?: Pick<Lexicons['examFindings'], 'sideLetters'> };

function compile(lexicons: SideLexicons): Compiled {
  const lex = lexicons.bodyParts;
  const hit = cache.get(lex);
  if (hit) return hit;
  const sideOf = new Map<string, Side>();
  for (const [side, ws] of Object.entries(lex.sides) as Array<[Side, string[]]>) {
    for (const w of ws) if (w.length > 1) sideOf.set(w.toLowerCase(), side);
  }
  const letters = new Map(Object.entries(lexicons.examFindings?.sideLetters ?? DEFAULT_LETTERS)) as Map<string, Side>;
  const alts = [...sideOf.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // single capital letters only as standalone tokens (not "L5", "L4-5", "R.")
  // "right-sided" is a side; "right-handed" is not
  // "L-sided spasm": a side letter may take "-sided" as a side word does
  const words = new RegExp(`\\b(?:${alts})\\b(?!-(?!sided\\b)\\w)|(?<![\\w'/-])[${[...letters.keys()].join('')}](?:-sided\\b)?(?![\\w'/]|-\\w|\\.\\w)`, 'gi');
  const c = { words, sideOf, letters };
  cache.set(lex, c);
  return c;
}

/** `/^.-sided$/i.test(w)` for a match `w` (which opens with a word character or a side letter), without a regex call per match. */
const isLetterSided = (w: string): boolean => w.length === 7 && w.slice(1).toLowerCase() === '-sided';

/** Side stated in `text`; two different sides make `bilateral`. Null when none. */
export function sideIn(text: string, lexicons: Pick<Lexicons, 'bodyParts'>): Side | null {
  const c = compile(lexicons as SideLexicons);
  // the sides seen so far (flags, not a Set: this runs for most findings); once both are seen the answer is fixed
  let left = false;
  let right = false;
  c.words.lastIndex = 0;
  for (let m = c.words.exec(text); m; m = c.words.exec(text)) {
    const w = m[0];
    // lower-case single letters are words, not sides
    const side = w.length === 1 || isLetterSided(w) ? c.letters.get(w[0]!) : c.sideOf.get(w.toLowerCase());
    if (side === 'left') left = true;
    else if (side === 'right') right = true;
    else if (side === 'bilateral') return 'bilateral';
    if (left && right) return 'bilateral';
  }
  return left ? 'left' : right ? 'right' : null;
}

/** Replaces standalone R / L with right / left so a quoted value reads in words. */
export function spellSides(text: string): string {
  return text.replace(/(?<![\w'/-])R(?![\w'/])/g, 'right').replace(/(?<![\w'/-])L(?![\w'/])/g, 'left');
}
