/**
 * Loads every lexicon file once, validates it against its schema (unknown keys, closed enums,
 * unique ids), deep-freezes it and caches the bundle per directory.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../package-root.js';
import { ChartfactsError } from '../errors/index.js';
import { LEXICON_FILES, type LexiconName, type Lexicons } from './registry.js';

const cache = new Map<string, Lexicons>();

/** The repository's `lexicons/` folder, found from this file whether run from src/ or dist/. */
export function defaultLexiconDir(): string {
  try {
    return join(packageRoot(), 'lexicons');
  } catch (cause) {
    throw new ChartfactsError('invalid_lexicon', 'cannot find the lexicons/ folder next to package.json', { cause });
  }
}

/** Recursively freezes plain data so stages cannot change shared lexicons. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Throws when two entries of one file share an id. */
function checkUniqueIds(name: string, data: unknown): void {
  const entries = (data as { entries?: Array<{ id?: unknown }> }).entries;
  if (!Array.isArray(entries)) return;
  const seen = new Set<unknown>();
  for (const e of entries) {
    if (e.id === undefined) continue;
    if (seen.has(e.id)) throw new ChartfactsError('invalid_lexicon', `${name}: duplicate id ${JSON.stringify(e.id)}`);
    seen.add(e.id);
  }
}

/** Reads and validates one lexicon file. */
export function loadLexicon<K extends LexiconName>(name: K, dir: string = defaultLexiconDir()): Lexicons[K] {
  const { file, schema } = LEXICON_FILES[name];
  const path = resolve(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ChartfactsError('invalid_lexicon', `${file}: cannot read or parse JSON`, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ChartfactsError('invalid_lexicon', `${file}: ${first}`);
  }
  checkUniqueIds(file, parsed.data);
  return deepFreeze(parsed.data) as Lexicons[K];
}

/** Loads, validates and freezes every lexicon; cached per directory. */
export function loadLexicons(dir: string = defaultLexiconDir()): Lexicons {
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const out: Partial<Record<LexiconName, unknown>> = {};
  for (const name of Object.keys(LEXICON_FILES) as LexiconName[]) out[name] = loadLexicon(name, key);
  const lex = deepFreeze(out as Lexicons);
  cache.set(key, lex);
  return lex;
}
