/**
 * `chartfacts extract --format`, on the built CLI: jsonl, csv (parsed back with an independent
 * RFC 4180 reader) and fhir (checked structurally), on stdout and with --out.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { checkFhirBundle } from '../../src/export/check-fhir-bundle.js';
import type { FactsDocument } from '../../src/types/facts.js';
import type { DecisionDocument } from '../../src/types/decision.js';

const root = packageRoot();
/** Runs the built CLI without blocking the test worker's event loop (spawnSync starves vitest's RPC on a busy machine). */
function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'chartfacts.js'), ...args], { cwd: root, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
const sample = join(root, 'samples', 'imr-trigger-point.txt');
const corpus = (n: string) => join(root, 'test', 'fixtures', 'dev-corpus', `${n}.txt`);
const inputs = [sample, corpus('imr-02'), corpus('rec-05')];

/** RFC 4180 reader written apart from the exporter: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  expect(row, 'the last record ends with CRLF').toEqual([]);
  return rows;
}

const both = async (files: string[]) => (await cli('extract', '--format', 'jsonl', '--decide', ...files)).stdout.trim().split('\n')
  .map((l) => JSON.parse(l) as { facts: FactsDocument; decision: DecisionDocument });

describe('extract --format csv', () => {
  let expected: Awaited<ReturnType<typeof both>>;
  beforeAll(async () => {
    expected = await both(inputs);
  });

  it('prints the header once and one row per request, matching the facts and the decision', async () => {
    const r = await cli('extract', '--format', 'csv', ...inputs);
    expect(r.status, r.stderr).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(['document_id', 'file', 'age', 'sex', 'injury_date', 'mechanism', 'treatment', 'determination', 'radiculopathy_status', 'decision_outcome', 'unmet_criteria']);
    const want = expected.flatMap(({ facts, decision }) => facts.requests.map((q, i) => [
      facts.document.id, facts.document.fileName, String(facts.patient.age ?? ''), facts.patient.sex ?? '', facts.injury.date ?? '',
      facts.injury.mechanism ?? '', q.treatment, q.determination ?? '', facts.radiculopathy.status, decision.decisions[i]!.outcome,
      decision.decisions[i]!.criteria.filter((c) => c.status === 'not_met').map((c) => c.id).join(';'),
    ]));
    expect(want.length).toBeGreaterThan(3);
    expect(rows).toEqual(want);
    expect(rows.some((row) => row[10]!.includes(';')), 'some row lists several unmet criteria').toBe(true);
  });

  it('gives a record without requests one row, quotes a file name with a comma and a quote, and writes requests.csv with --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-csv-'));
    const odd = join(dir, 'neck, "pain".txt');
    writeFileSync(odd, 'Subjective complaints:\nNeck pain 5/10.\n');
    const out = join(dir, 'out');
    const r = await cli('extract', '--format', 'csv', '--out', out, odd, join(dir, 'missing.txt'), sample);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: file_not_found: /);
    expect(readdirSync(out)).toEqual(['requests.csv']);
    const [header, first, ...rest] = parseCsv(readFileSync(join(out, 'requests.csv'), 'utf8'));
    expect(header).toHaveLength(11);
    expect(first![1]).toBe('neck, "pain".txt');
    expect(first!.slice(6)).toEqual(['', '', first![8], '', '']);
    expect(rest.length).toBe(expected[0]!.facts.requests.length);
    for (const row of [first!, ...rest]) expect(row).toHaveLength(11);
  });
});

describe('extract --format jsonl', () => {
  it('prints one line even for one file, and one per file in input order', async () => {
    const one = await cli('extract', '--format', 'jsonl', sample);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout.endsWith('\n')).toBe(true);
    expect(one.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(one.stdout).document.fileName).toBe('imr-trigger-point.txt');
    const many = await cli('extract', '--format', 'jsonl', '--concurrency', '2', ...inputs);
    expect(many.stdout.trim().split('\n').map((l) => JSON.parse(l).document.fileName)).toEqual(['imr-trigger-point.txt', 'imr-02.txt', 'rec-05.txt']);
  });

  it('writes facts.jsonl with --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cf-jsonl-'));
    expect((await cli('extract', '--format', 'jsonl', '--out', out, corpus('imr-02'), sample)).status).toBe(0);
    expect(readdirSync(out)).toEqual(['facts.jsonl']);
    const lines = readFileSync(join(out, 'facts.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).document.fileName)).toEqual(['imr-02.txt', 'imr-trigger-point.txt']);
  });
});

describe('extract --format fhir', () => {
  it('prints a bundle that passes the structural checks, one resource per fact', async () => {
    const r = await cli('extract', '--format', 'fhir', sample);
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(r.stdout);
    expect(checkFhirBundle(bundle)).toEqual([]);
    const facts = JSON.parse((await cli('extract', sample)).stdout) as FactsDocument;
    const n = facts.diagnoses.length + facts.examFindings.length + facts.painScores.length + facts.priorTreatments.length + facts.requests.length;
    expect(bundle.entry).toHaveLength(2 + n);
  });

  it('writes <name>.fhir.json per file with --out, and bundle lines without', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cf-fhir-'));
    const r = await cli('extract', '--format', 'fhir', '--out', out, corpus('imr-02'), corpus('rec-05'));
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['imr-02.fhir.json', 'rec-05.fhir.json']);
    for (const f of readdirSync(out)) expect(checkFhirBundle(JSON.parse(readFileSync(join(out, f), 'utf8')))).toEqual([]);
    const lines = (await cli('extract', '--format', 'fhir', corpus('imr-02'), corpus('rec-05'))).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).resourceType)).toEqual(['Bundle', 'Bundle']);
  });
});

it('an unknown format is a usage error (exit 2)', async () => {
  const r = await cli('extract', '--format', 'xml', sample);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/xml/);
});
