import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLexiconDir, loadLexicon } from '../../../src/lexicons/load-lexicons.js';
import { contextRulesSchema, normalizeLiteral } from '../../../src/lexicons/schemas/context-rules.js';
import { CONTEXT_CATEGORIES } from '../../../src/types/vocab.js';

const raw = JSON.parse(readFileSync(join(defaultLexiconDir(), 'context-rules.json'), 'utf8')) as {
  entries: Array<Record<string, unknown>>;
};

function withEntries(entries: Array<Record<string, unknown>>) {
  return { ...raw, entries };
}

const ok = { id: 'x.no', literal: 'no', category: 'negated', direction: 'forward', reason: 'r' };

describe('context-rules.json', () => {
  it('validates against its schema', () => {
    expect(() => loadLexicon('context')).not.toThrow();
  });

  it('names only negation rules it has as refuting rules', () => {
    const lex = loadLexicon('context');
    const byId = new Map(lex.entries.map((e) => [e.id, e.category]));
    expect(lex.refutingRules?.length).toBeGreaterThan(0);
    for (const id of lex.refutingRules ?? []) expect(byId.get(id), id).toBe('negated');
  });

  it('maps no literal to two categories (nor lists it twice)', () => {
    const seen = new Map<string, string>();
    for (const e of loadLexicon('context').entries) {
      if (e.literal === undefined) continue;
      const key = normalizeLiteral(e.literal);
      expect(seen.get(key), `"${key}"`).toBeUndefined();
      seen.set(key, e.category);
    }
  });

  it('covers every category with at least one rule', () => {
    const used = new Set(loadLexicon('context').entries.map((e) => e.category));
    for (const c of CONTEXT_CATEGORIES) expect(used.has(c), c).toBe(true);
  });
});

describe('contextRulesSchema', () => {
  it.each([
    ['an unknown key', { ...ok, weight: 2 }],
    ['an unknown category', { ...ok, category: 'uncertain' }],
    ['an unknown direction', { ...ok, direction: 'both' }],
    ['both literal and pattern', { ...ok, pattern: '\\bno\\b' }],
    ['neither literal nor pattern', { id: 'x.y', category: 'negated', direction: 'forward', reason: 'r' }],
    ['a pattern that does not compile', { id: 'x.y', pattern: '(', category: 'negated', direction: 'forward', reason: 'r' }],
    ['a terminator with a scope direction', { ...ok, category: 'terminate' }],
    ['terminates on a non-terminator', { ...ok, terminates: ['negated'] }],
    ['a missing reason', { id: 'x.y', literal: 'no', category: 'negated', direction: 'forward' }],
  ])('rejects %s', (_name, entry) => {
    expect(contextRulesSchema.safeParse(withEntries([entry])).success).toBe(false);
  });

  it('rejects a literal in two categories, whatever its case or spacing', () => {
    const twice = [ok, { ...ok, id: 'x.no2', literal: ' No ', category: 'possible' }];
    expect(contextRulesSchema.safeParse(withEntries(twice)).success).toBe(false);
  });

  it('rejects duplicate ids', () => {
    expect(contextRulesSchema.safeParse(withEntries([ok, { ...ok, literal: 'not' }])).success).toBe(false);
  });

  it('accepts a minimal valid file', () => {
    expect(contextRulesSchema.safeParse(withEntries([ok])).success).toBe(true);
  });
});
