/**
 * Dev measurement for the decision engine on gold facts: converts each `*.gold.json` of a corpus
 * folder into a FactsDocument (evidence faked from each fact's quote, found in the matching .txt
 * with its `<<<DECISION>>>` … `<<<END DECISION>>>` blocks removed; a fact whose quote is only in a
 * removed block is dropped, as the real evaluation removes those blocks), runs `decide`, and
 * compares outcomes with the letters' determinations (criteria_not_met = upheld, criteria_met =
 * overturned; anything else counts as wrong).
 *
 * With `--pipeline` the facts come from the real extraction pipeline run on the record-only text
 * (decision blocks removed) instead of from the gold files; decisions are then matched to gold
 * requests by treatment (and drug when both name one), as the shared scorer does. Adding
 * `--gold-requests` keeps the extracted clinical facts but takes the requests from the gold file,
 * to measure the engine apart from request extraction.
 *
 * Usage: npx tsc -p . && node dist/scripts/decide-gold.js [CORPUS_DIR] [--pipeline [--gold-requests]] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide } from '../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../src/lexicons/load-guidelines.js';
import type { Evidence, FactsDocument } from '../src/types/facts.js';
import type { Decision } from '../src/types/decision.js';

type Json = Record<string, unknown>;

function stripDecisionBlocks(text: string): string {
  return text.replace(/^[^\n]*<<<DECISION>>>[\s\S]*?<<<END DECISION>>>[^\n]*\n?/gm, '');
}

function pageOffsets(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) out.push(i + 1);
  return out;
}

function makeFinder(text: string, offsets: number[]) {
  return (quote: unknown): Evidence | null => {
    if (typeof quote !== 'string' || quote.trim() === '') return null;
    const escaped = quote.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const m = new RegExp(escaped).exec(text);
    if (!m) return null;
    const page = offsets.filter((o) => o <= m.index).length;
    return { page, start: m.index, end: m.index + m[0].length, section: null, text: m[0] };
  };
}

/** Rebuilds a facts document from a gold file, keeping only facts whose quote survives. */
function toFacts(gold: Json, raw: string): FactsDocument {
  const text = stripDecisionBlocks(raw);
  const offsets = pageOffsets(text);
  const find = makeFinder(text, offsets);
  const withEvidence = (xs: unknown): Json[] =>
    ((xs as Json[] | undefined) ?? []).flatMap((x) => {
      const ev = find(x.quote);
      if (!ev) return [];
      const { quote: _q, ...rest } = x;
      return [{ ...rest, evidence: ev }];
    });
  const blank: Evidence = { page: 1, start: 0, end: 0, section: null, text: '' };
  const injury = gold.injury as Json;
  const rad = gold.radiculopathy as Json;
  const doc = gold.document as Json;
  return {
    schemaVersion: 1,
    document: { id: '0'.repeat(64), fileName: String(doc.fileName), pageCount: offsets.length, ocrPages: [], kind: doc.kind as FactsDocument['document']['kind'], text, pageOffsets: offsets },
    patient: gold.patient as FactsDocument['patient'],
    injury: { date: (injury.date as string) ?? null, mechanism: (injury.mechanism as never) ?? null, bodyParts: injury.bodyParts as never, evidence: find(injury.quote) },
    requests: ((gold.requests as Json[]) ?? []).map((r) => {
      const { quote, decisionQuote: _d, claimsAdministratorGuidelines: _c, ...rest } = r;
      return { ...rest, evidence: find(quote) ?? blank } as never;
    }),
    diagnoses: withEvidence(gold.diagnoses) as never,
    examFindings: withEvidence(gold.examFindings) as never,
    painScores: withEvidence(gold.painScores) as never,
    priorTreatments: withEvidence(gold.priorTreatments) as never,
    radiculopathy: { status: rad.status as never, mentions: withEvidence(rad.mentions) as never },
    reviewer: gold.reviewer as never,
    dates: withEvidence(gold.dates) as never,
    warnings: [],
  };
}

async function main(): Promise<void> {
  const dir = process.argv.find((a, i) => i >= 2 && !a.startsWith('--')) ?? '../shared/dev-corpus';
  const verbose = process.argv.includes('--verbose');
  const pipeline = process.argv.includes('--pipeline');
  const goldRequests = process.argv.includes('--gold-requests');
  // Loaded only when asked for: the extraction stack is heavy and its dependencies log on import.
  const extract = pipeline ? await loadExtractor() : null;
  const guidelines = loadGuidelines();
  const tally = { upheld: { n: 0, ok: 0 }, overturned: { n: 0, ok: 0 } };
  const outcomes = new Map<string, number>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json;
    const raw = readFileSync(join(dir, f.replace('.gold.json', '.txt')), 'utf8');
    const goldFacts = toFacts(gold, raw);
    let facts = goldFacts;
    if (pipeline) {
      facts = extract!(stripDecisionBlocks(raw), f.replace('.gold.json', '.txt'));
      // Isolates the engine from request extraction: real clinical facts, the letter's requests.
      if (goldRequests) facts = { ...facts, requests: goldFacts.requests.map((r) => ({ ...r, evidence: { ...r.evidence, section: null } })) };
    }
    const result = decide(facts, guidelines);
    const unused = [...result.decisions];
    const pick = (r: Json, i: number): Decision | undefined => {
      if (!pipeline) return result.decisions[i];
      const same = unused.filter((d) => d.treatment === r.treatment);
      const d = same.find((x) => r.drug && x.drug && String(x.drug).toLowerCase() === String(r.drug).toLowerCase()) ?? same[0];
      if (d) unused.splice(unused.indexOf(d), 1);
      return d;
    };
    ((gold.requests as Json[]) ?? []).forEach((r, i) => {
      const d = pick(r, i) ?? { treatment: r.treatment as Decision['treatment'], guideline: null, outcome: 'no_guideline', criteria: [], rationale: 'no decision for this request' };
      outcomes.set(d.outcome, (outcomes.get(d.outcome) ?? 0) + 1);
      const truth = r.determination as 'upheld' | 'overturned' | null;
      const predicted = d.outcome === 'criteria_not_met' ? 'upheld' : d.outcome === 'criteria_met' ? 'overturned' : d.outcome;
      if (truth) {
        tally[truth].n++;
        if (predicted === truth) tally[truth].ok++;
      }
      const mark = truth ? (predicted === truth ? 'ok ' : 'XX ') : '   ';
      console.log(`${mark}${f.replace('.gold.json', '').padEnd(8)} ${d.treatment.padEnd(30)} ${d.outcome.padEnd(25)} gold=${truth ?? '-'}`);
      if (verbose || (truth && predicted !== truth)) {
        for (const c of d.criteria) console.log(`      ${c.required ? '*' : ' '} ${c.status.padEnd(8)} ${c.id}: ${c.detail ?? ''}`);
      }
      if (verbose) console.log(`      ${d.rationale}`);
    });
  }
  const n = tally.upheld.n + tally.overturned.n;
  const ok = tally.upheld.ok + tally.overturned.ok;
  const recall = (t: { n: number; ok: number }) => (t.n > 0 ? t.ok / t.n : 0);
  console.log(`\nrequests with a determination: ${n}; agreement ${(ok / n).toFixed(3)}; balanced accuracy ${((recall(tally.upheld) + recall(tally.overturned)) / 2).toFixed(3)}`);
  console.log(`upheld ${tally.upheld.ok}/${tally.upheld.n}, overturned ${tally.overturned.ok}/${tally.overturned.n}; outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}`);
}

async function loadExtractor(): Promise<(text: string, fileName: string) => FactsDocument> {
  const { loadLexicons } = await import('../src/lexicons/load-lexicons.js');
  const { extractFactsFromText } = await import('../src/pipeline.js');
  const lexicons = loadLexicons();
  return (text, fileName) => extractFactsFromText(text, fileName, lexicons);
}

await main();
