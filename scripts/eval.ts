/**
 * `npm run eval`: renders the dev corpus to text-layer PDFs, extracts facts through the same
 * path as the CLI, writes NAME.facts.json (+ NAME.decision.json), checks every file against the
 * contract and scores it with ../shared/eval/score.mjs.
 *
 *   npm run eval                      text-layer PDFs (default); also a record-only pass for decisions
 *   npm run eval -- --scanned         scanned (image-only) renders, through OCR
 *   npm run eval -- --txt             the .txt files directly (fast loop while tuning)
 *   npm run eval -- --field F --verbose   one field, with misses (-) and extras (+)
 *   npm run eval -- --corpus DIR      another gold corpus (NAME.txt + NAME.gold.json)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { loadLexicons } from '../src/lexicons/load-lexicons.js';
import { extractFactsFromText } from '../src/pipeline.js';
import { decideFacts } from '../src/decide-facts.js';
import { renderTextPdf } from './lib/render-text-pdf.js';

const argv = process.argv.slice(2);
const flag = (k: string): boolean => argv.includes(k);
const opt = (k: string): string | undefined => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : undefined);

const root = packageRoot();
const shared = resolve(opt('--shared') ?? process.env.CHARTFACTS_SHARED ?? join(root, '..', 'shared'));
const corpus = resolve(opt('--corpus') ?? join(shared, 'dev-corpus'));
const scorer = join(shared, 'eval', 'score.mjs');
const checker = join(shared, 'eval', 'check-contract.mjs');
const mode = flag('--scanned') ? 'scanned' : flag('--txt') ? 'txt' : 'pdf';
const outRoot = resolve(opt('--out') ?? join(root, '.eval-out'));

/** Removes the <<<DECISION>>> blocks (the record-only variant: the clinical record alone). */
export function dropDecisionBlocks(text: string): string {
  return text.replace(/<<<DECISION>>>[\s\S]*?<<<END DECISION>>>\n?/g, '');
}

// loaded lazily so the --txt loop works without the PDF/OCR stack
let loaded: typeof import('../src/process-file.js') | undefined;
async function processing(): Promise<typeof import('../src/process-file.js')> {
  return (loaded ??= await import('../src/process-file.js'));
}

async function renderScanned(text: string): Promise<Buffer> {
  const mod = (await import('./lib/render-scanned-pdf.js')) as { renderScannedPdf: (t: string) => Promise<Buffer> };
  return mod.renderScannedPdf(text);
}

async function runPass(variant: 'text' | 'record-only'): Promise<string> {
  const names = readdirSync(corpus).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  const dir = join(outRoot, `${mode}-${variant}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'pred'), { recursive: true });
  mkdirSync(join(dir, 'input'), { recursive: true });
  const lexicons = loadLexicons();
  const started = Date.now();
  let failures = 0;
  for (const name of names) {
    let text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
    if (variant === 'record-only') text = dropDecisionBlocks(text);
    try {
      let facts;
      if (mode === 'txt') facts = extractFactsFromText(text, `${name}.txt`, lexicons);
      else {
        const pdf = mode === 'scanned' ? await renderScanned(text) : await renderTextPdf(text);
        const file = join(dir, 'input', `${name}.pdf`);
        writeFileSync(file, pdf);
        facts = await (await processing()).processFile(file);
      }
      writeFileSync(join(dir, 'pred', `${name}.facts.json`), JSON.stringify(facts, null, 2));
      writeFileSync(join(dir, 'pred', `${name}.decision.json`), JSON.stringify(decideFacts(facts), null, 2));
    } catch (err) {
      failures++;
      process.stderr.write(`${name}: ${(err as { code?: string }).code ?? 'error'}: ${(err as Error).message}\n`);
    }
  }
  const secs = (Date.now() - started) / 1000;
  const files = readdirSync(join(dir, 'pred')).map((f) => join(dir, 'pred', f));
  const check = spawnSync(process.execPath, [checker, ...files], { encoding: 'utf8' });
  const contractLine = check.stdout.trim().split('\n').pop() ?? '';
  const scoreArgs = [scorer, '--gold', corpus, '--pred', join(dir, 'pred'), '--json', join(dir, 'score.json')];
  if (variant === 'record-only') scoreArgs.push('--variant', 'record-only');
  const field = opt('--field');
  if (field) scoreArgs.push('--field', field);
  if (flag('--verbose')) scoreArgs.push('--verbose');
  const score = spawnSync(process.execPath, scoreArgs, { encoding: 'utf8' });
  if (check.status !== 0) process.stderr.write(check.stdout);
  return [
    `== ${mode} ${variant}: ${names.length} records in ${secs.toFixed(1)} s, ${failures} failed; ${contractLine}`,
    score.stdout.trimEnd(),
    score.stderr.trimEnd(),
  ].filter(Boolean).join('\n');
}

async function main(): Promise<void> {
  const only = opt('--variant');
  const variants: Array<'text' | 'record-only'> = only === 'record-only' ? ['record-only'] : only === 'text' ? ['text'] : ['text', 'record-only'];
  try {
    for (const v of variants) console.log(await runPass(v));
  } finally {
    if (loaded) await (await processing()).shutdownProcessing();
  }
}

await main();
