/**
 * The built CLI, as scripts call it: exit codes, stdout JSON, --out files, one-line stderr
 * errors with stable codes, and every emitted document valid against `chartfacts schema`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { packageRoot } from '../../src/package-root.js';
import { expectContract } from '../helpers/contract.js';

const root = packageRoot();
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'chartfacts.js'), ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });
const sample = (f: string) => join(root, 'samples', f);

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateFacts = ajv.compile(JSON.parse(cli('schema').stdout));
const validateDecision = ajv.compile(JSON.parse(cli('schema', '--decision').stdout));

describe('chartfacts extract', () => {
  it('prints contract-shaped facts for one .txt file', () => {
    const r = cli('extract', sample('imr-trigger-point.txt'));
    expect(r.status, r.stderr).toBe(0);
    const facts = JSON.parse(r.stdout);
    expect(validateFacts(facts), JSON.stringify(validateFacts.errors?.slice(0, 3))).toBe(true);
    expectContract(facts);
    expect(facts.document.fileName).toBe('imr-trigger-point.txt');
  });

  it('writes <name>.facts.json and <name>.decision.json with --out --decide', () => {
    const out = mkdtempSync(join(tmpdir(), 'cf-out-'));
    const r = cli('extract', '--decide', '--out', out, sample('imr-trigger-point.txt'), sample('imr-trigger-point.pdf'));
    expect(r.status, r.stderr).toBe(0);
    // both inputs share the name imr-trigger-point: the later one wins, and both files exist
    expect(readdirSync(out).sort()).toEqual(['imr-trigger-point.decision.json', 'imr-trigger-point.facts.json']);
    const facts = JSON.parse(readFileSync(join(out, 'imr-trigger-point.facts.json'), 'utf8'));
    const decision = JSON.parse(readFileSync(join(out, 'imr-trigger-point.decision.json'), 'utf8'));
    expect(validateFacts(facts)).toBe(true);
    expect(validateDecision(decision), JSON.stringify(validateDecision.errors?.slice(0, 3))).toBe(true);
    expectContract(facts, decision);
    expect(decision.documentId).toBe(facts.document.id);
  });

  it('reports each bad file with its code and still processes the others', () => {
    const out = mkdtempSync(join(tmpdir(), 'cf-bad-'));
    const bad = ['bad-truncated.pdf', 'bad-encrypted.pdf', 'bad-png-named.pdf', 'bad-empty.pdf'];
    const r = cli('extract', '--out', out, ...bad.map(sample), sample('imr-trigger-point.txt'));
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const codeOf = (f: string) => lines.find((l) => l.startsWith(`${sample(f)}: `))?.split(': ')[1];
    expect(codeOf('bad-truncated.pdf')).toBe('corrupt_pdf');
    expect(codeOf('bad-encrypted.pdf')).toBe('encrypted_pdf');
    expect(codeOf('bad-png-named.pdf')).toBe('not_pdf');
    expect(codeOf('bad-empty.pdf')).toBe('empty_document');
    for (const l of lines) expect(l).toMatch(/^.+: [a-z_]+: .+$/);
    expect(readdirSync(out)).toEqual(['imr-trigger-point.facts.json']);
  });

  it('a missing file is file_not_found, exit 1', () => {
    const r = cli('extract', join(root, 'no-such-file.pdf'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-file\.pdf: file_not_found: /);
  });

  it('several files without --out print JSON Lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-jl-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'CLINICAL CASE SUMMARY\nThe patient is a 40 year old male with low back pain rated 6/10.\n');
    writeFileSync(b, 'Subjective complaints:\nNeck pain 5/10.\n');
    // a long record first, so with two lanes the short one finishes first: output keeps input order
    const long = join(dir, 'long.txt');
    writeFileSync(long, readFileSync(sample('imr-trigger-point.txt'), 'utf8').repeat(20));
    const ordered = cli('extract', '--concurrency', '2', long, a);
    expect(ordered.stdout.trim().split('\n').map((l) => JSON.parse(l).document.fileName)).toEqual(['long.txt', 'a.txt']);
    const r = cli('extract', a, b);
    expect(r.status, r.stderr).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.document.fileName)).toEqual(['a.txt', 'b.txt']);
    for (const d of docs) expect(validateFacts(d)).toBe(true);
  });

  it('usage errors exit 2', () => {
    expect(cli('extract', '--concurrency', 'zero', 'x.pdf').status).toBe(2);
    expect(cli('extract').status).toBe(2);
    expect(cli('frobnicate').status).toBe(2);
    expect(cli('--help').status).toBe(0);
  });
});
