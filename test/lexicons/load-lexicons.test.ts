import { mkdtempSync, readdirSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLexiconDir, loadLexicon, loadLexicons } from '../../src/lexicons/load-lexicons.js';
import { LEXICON_FILES } from '../../src/lexicons/registry.js';

/** A private copy of lexicons/ to corrupt. */
function copyLexicons(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cf-lex-'));
  cpSync(defaultLexiconDir(), dir, { recursive: true });
  return dir;
}

describe('lexicons', () => {
  it('every registered file loads and validates', () => {
    const lex = loadLexicons();
    for (const name of Object.keys(LEXICON_FILES)) expect(lex[name as keyof typeof lex]).toBeDefined();
  });

  it('every JSON file in lexicons/ is registered (nothing unvalidated)', () => {
    const registered = new Set(Object.values(LEXICON_FILES).map((f) => f.file));
    const onDisk = readdirSync(defaultLexiconDir()).filter((f) => f.endsWith('.json'));
    expect(onDisk.filter((f) => !registered.has(f))).toEqual([]);
  });

  it('is frozen', () => {
    const lex = loadLexicons();
    expect(Object.isFrozen(lex.bodyParts.entries)).toBe(true);
    expect(() => (lex.bodyParts.entries as unknown[]).push({})).toThrow();
  });

  it('rejects an unknown key, naming it', () => {
    const dir = copyLexicons();
    const file = join(dir, 'mechanisms.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.entries[0].colour = 'red';
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadLexicon('mechanisms', dir)).toThrow(/colour/);
  });

  it('rejects a value outside a closed vocabulary', () => {
    const dir = copyLexicons();
    const file = join(dir, 'mechanisms.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.entries[0].mechanism = 'alien abduction';
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadLexicon('mechanisms', dir)).toThrow(/invalid_lexicon|mechanism/);
  });

  it('rejects duplicate ids', () => {
    const dir = copyLexicons();
    const file = join(dir, 'body-parts.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.entries.push({ ...data.entries[0] });
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadLexicon('bodyParts', dir)).toThrow(/duplicate id/);
  });

  it('no body-part term maps to two parts', () => {
    const seen = new Map<string, string>();
    for (const e of loadLexicons().bodyParts.entries) {
      for (const t of e.terms) {
        const k = t.toLowerCase();
        expect(seen.get(k) ?? e.part, `term "${t}"`).toBe(e.part);
        seen.set(k, e.part);
      }
    }
  });

  it('every regular expression in my rule files compiles', () => {
    const lex = loadLexicons();
    const patterns = [
      ...lex.mechanisms.entries.flatMap((e) => e.patterns), ...lex.mechanisms.injuryContext,
      ...lex.dateRoles.entries.flatMap((e) => [e.before, e.after].filter((x): x is string => !!x)),
      ...lex.radiculopathy.entries.map((e) => e.pattern), ...lex.demographics.agePatterns,
      ...lex.demographics.entries.map((e) => e.pattern), ...lex.sectionHeaders.kindCues.map((c) => c.pattern),
    ];
    for (const p of patterns) expect(() => new RegExp(p, 'i'), p).not.toThrow();
  });
});
