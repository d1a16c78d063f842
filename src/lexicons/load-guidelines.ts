/**
 * Loads the guideline topic files (`lexicons/guidelines/*.json`) apart from the main lexicon bundle:
 * the decision stage is the only reader. Every file is validated against the topic schema (strict
 * keys, closed enums), topic ids and criterion ids within a topic must be unique, and the result
 * is deep-frozen and cached per directory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ChartfactsError } from '../errors/index.js';
import { defaultLexiconDir, deepFreeze } from './load-lexicons.js';
import { guidelineSchema, type Guideline } from './schemas/guideline.js';

/** The validated, frozen list of guideline topics, sorted by file name. */
export type Guidelines = readonly Guideline[];

const cache = new Map<string, Guidelines>();

/** Parses and validates one topic file; throws `invalid_lexicon` naming the file and the key. */
function readTopic(path: string, file: string): Guideline {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ChartfactsError('invalid_lexicon', `guidelines/${file}: cannot read or parse JSON`, { cause });
  }
  const parsed = guidelineSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ChartfactsError('invalid_lexicon', `guidelines/${file}: ${first}`);
  }
  const seen = new Set<string>();
  for (const c of parsed.data.criteria) {
    if (seen.has(c.id)) throw new ChartfactsError('invalid_lexicon', `guidelines/${file}: duplicate criterion id ${c.id}`);
    seen.add(c.id);
  }
  return parsed.data;
}

/**
 * Loads, validates and freezes every topic file in `dir` (default: `lexicons/guidelines/`).
 * Cached per directory, so callers may call it per request.
 */
export function loadGuidelines(dir: string = join(defaultLexiconDir(), 'guidelines')): Guidelines {
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  let files: string[];
  try {
    files = readdirSync(key).filter((f) => f.endsWith('.json')).sort();
  } catch (cause) {
    throw new ChartfactsError('invalid_lexicon', 'cannot list the guidelines folder', { cause });
  }
  const topics: Guideline[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const topic = readTopic(join(key, file), file);
    if (ids.has(topic.id)) throw new ChartfactsError('invalid_lexicon', `guidelines/${file}: duplicate topic id ${topic.id}`);
    ids.add(topic.id);
    topics.push(topic);
  }
  const out = deepFreeze(topics) as Guidelines;
  cache.set(key, out);
  return out;
}
