/**
 * The held-out corpora in test/fixtures/heldout* are only worth their scores if their gold is
 * sound: every quote verbatim in its record, enums from the contract, radiculopathy status
 * following from the patient mentions. check-gold.mjs checks that; this runs it on each set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const checker = join(fixtures, 'heldout', 'check-gold.mjs');
const sets = readdirSync(fixtures).filter((d) => /^heldout\d*$/.test(d)).sort();

describe('held-out gold', () => {
  it('has at least the first two held-out sets', () => {
    expect(sets).toEqual(expect.arrayContaining(['heldout', 'heldout2']));
  });

  for (const set of sets) {
    it(`${set}: every record has gold, and check-gold finds no problem`, () => {
      const dir = join(fixtures, set);
      const records = readdirSync(dir).filter((f) => f.endsWith('.txt'));
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) expect(existsSync(join(dir, r.replace(/\.txt$/, '.gold.json'))), r).toBe(true);
      const run = spawnSync(process.execPath, [checker, dir], { encoding: 'utf8' });
      expect(run.stdout).toContain('gold problems: 0');
      expect(run.status).toBe(0);
    });
  }
});
