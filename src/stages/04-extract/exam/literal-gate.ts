/**
 * A cheap test that rules a lexicon pattern out of a text before the regex scans it: the literal
 * text every match of the pattern must contain ("exam" in an exam cue, ":" in a line label, one of
 * "diagnos" / "impression" in the diagnosis stop cue), read off the pattern's own source. The gate
 * never says no where the regex could match; a pattern it cannot read (or that requires nothing)
 * gets a gate that always says yes.
 *
 * Only ASCII literals outside optional parts count. For a case-insensitive pattern only literals
 * without letters count (":", "(", "5"): lower-casing each text to compare letters costs more than
 * the scans it would save, while V8 scans for a word quickly anyway. The gates that pay are those
 * of patterns V8 cannot scan quickly: a line start (`(?:^|\n)`) or a character class first.
 * src/text/literal-gate.ts is the general reader (word literals on lower-cased text) used by the
 * body-part, radiculopathy and injury extractors; `mayHoldWords` below searches its words with a
 * case-insensitive regex instead of lower-casing the text.
 */
import { requirement } from '../../../text/literal-gate.js';

/** Whether a text might match the pattern. */
export type LiteralGate = (text: string) => boolean;

/** Any one of these strings must occur in a match; null when nothing is required. */
type Req = readonly string[] | null;

interface Atom {
  /** A single literal character. */
  readonly lit: string | null;
  /** What a group requires. */
  readonly req: Req;
}

class Reader {
  i = 0;
  /** `caseless`: only literals without letters are kept as requirements. */
  constructor(readonly src: string, readonly caseless: boolean) {}

  /** Alternatives up to a closing parenthesis or the end: every branch must require something. */
  alternation(): Req {
    const branches: Req[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set(branches.flatMap((b) => b!))];
  }

  /** A sequence of atoms: its best requirement (the longest run of literals, or a required group's). */
  sequence(): Req {
    const candidates: Array<readonly string[]> = [];
    let run = '';
    const flush = (): void => {
      // a case-insensitive pattern keeps a run only if it has no letters (see the file comment)
      if (run && !(this.caseless && /[A-Za-z]/.test(run))) candidates.push([run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.lit !== null) {
        if (min === null) run += atom.lit;
        else if (min >= 1) {
          run += atom.lit;
          flush();
        } else flush();
      } else {
        flush();
        if (atom.req && (min === null || min >= 1)) candidates.push(atom.req);
      }
    }
    flush();
    let best: Req = null;
    let score = 0;
    for (const c of candidates) {
      const s = Math.min(...c.map((x) => x.length));
      if (s > score || (s === score && best && c.length < best.length)) {
        best = c;
        score = s;
      }
    }
    return best;
  }

  /** The least count a quantifier after an atom allows; null when there is none. */
  quantifier(): number | null {
    const ch = this.src[this.i];
    let min: number | null = null;
    if (ch === '?' || ch === '*') min = 0;
    else if (ch === '+') min = 1;
    else if (ch === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length - 1;
        min = Number(m[1]);
      }
    }
    if (min === null) return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return min;
  }

  atom(): Atom {
    const src = this.src;
    const ch = src[this.i]!;
    const other: Atom = { lit: null, req: null };
    if (ch === '(') {
      this.i++;
      let look = false;
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) { this.i += 2; look = true; }
      else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) { this.i += 3; look = true; }
      else if (src.startsWith('?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      const req = this.alternation();
      if (src[this.i] !== ')') throw new Error('unbalanced');
      this.i++;
      return look ? other : { lit: null, req };
    }
    if (ch === '[') {
      this.i++;
      if (src[this.i] === '^') this.i++;
      while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
      if (this.i >= src.length) throw new Error('unclosed class');
      this.i++;
      return other;
    }
    if (ch === '\\') {
      const e = src[this.i + 1];
      if (e === undefined) throw new Error('trailing backslash');
      this.i += 2;
      if (e === 'n') return this.literal('\n');
      if (e === 't') return this.literal('\t');
      if (e === 'r') return this.literal('\r');
      if (e === 'u') this.i += src[this.i] === '{' ? src.indexOf('}', this.i) + 1 - this.i : 4;
      else if (e === 'x') this.i += 2;
      else if (e === 'c') this.i += 1;
      else if (e === 'k' && src[this.i] === '<') this.i = src.indexOf('>', this.i) + 1;
      else if (/[0-9]/.test(e)) while (/[0-9]/.test(src[this.i] ?? '')) this.i++;
      // an escaped symbol is itself; an escaped letter is a class, an anchor or an identity escape
      else if (/[!-/:-@[-`{-~]/.test(e)) return this.literal(e);
      return other;
    }
    this.i++;
    if (ch === '.' || ch === '^' || ch === '$') return other;
    return ch.charCodeAt(0) < 128 ? this.literal(ch) : other;
  }

  literal(ch: string): Atom {
    return { lit: ch, req: null };
  }
}

/** What every match of `re` must contain (any one of the strings), or null. */
export function requiredLiterals(re: RegExp): Req {
  try {
    const reader = new Reader(re.source, re.flags.includes('i'));
    const req = reader.alternation();
    return reader.i === re.source.length ? req : null;
  } catch {
    return null;
  }
}

/** More required strings than this and the gate would cost about what the scan it saves does. */
const MAX_STRINGS = 4;

/** The gate of `re` (see the file comment). */
export function literalGate(re: RegExp): LiteralGate {
  const req = requiredLiterals(re);
  if (!req || !req.length || req.length > MAX_STRINGS) return () => true;
  if (req.length === 1) {
    const only = req[0]!;
    return (text) => text.includes(only);
  }
  return (text) => req.some((s) => text.includes(s));
}

/** `re.test`, tried only where its gate lets it (for a non-global `re`, built once per regex). */
export function gatedTest(re: RegExp): (text: string) => boolean {
  const req = requiredLiterals(re);
  if (!req || !req.length || req.length > MAX_STRINGS) return (text) => re.test(text);
  const gate = literalGate(re);
  return (text) => gate(text) && re.test(text);
}

const gates = new WeakMap<RegExp, LiteralGate>();

/** Whether `re` might match somewhere in `text` (its gate is read off the pattern once per regex object). */
export function mayMatch(re: RegExp, text: string): boolean {
  let gate = gates.get(re);
  if (!gate) gates.set(re, (gate = literalGate(re)));
  return gate(text);
}

const wordGates = new WeakMap<RegExp, RegExp | null>();

/**
 * Whether a case-insensitive `re` might match somewhere in `text`, by the words every match holds
 * (read by src/text/literal-gate.ts: "parenthes" in "(left in parentheses)", one of "motion" /
 * "rom" in a range-of-motion header): one scan for those words, ignoring case as `re` does, which
 * V8 makes by skipping ahead. It pays only for a pattern V8 cannot scan quickly (a line start or
 * a class first) whose words are long or few; the callers are such patterns.
 */
export function mayHoldWords(re: RegExp, text: string): boolean {
  let gate = wordGates.get(re);
  if (gate === undefined) {
    const req = re.flags.includes('i') && !re.unicode ? requirement(re.source, true) : null;
    const words = req?.flatMap((sets) => sets[0] ?? []) ?? [];
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    gate = req && words.length && req.every((sets) => sets.length) ? new RegExp(words.map(escape).join('|'), 'i') : null;
    wordGates.set(re, gate);
  }
  return !gate || gate.test(text);
}
