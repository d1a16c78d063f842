/**
 * `chartfacts decide FACTS.json`: reads a facts document, checks it against the v1 contract,
 * decides every request against the guideline criteria and prints the decision document as JSON.
 */
import { readFile } from 'node:fs/promises';
import { factsDocumentSchema } from '../types/facts.js';
import { ChartfactsError } from '../errors/index.js';
import { loadGuidelines } from '../lexicons/load-guidelines.js';
import { decide } from '../stages/06-decide/decide.js';

async function readFacts(factsPath: string) {
  let raw: string;
  try {
    raw = await readFile(factsPath, 'utf8');
  } catch (cause) {
    throw new ChartfactsError('file_not_found', 'the facts file does not exist or cannot be read', { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new ChartfactsError('invalid_facts', 'the facts file is not valid JSON', { cause });
  }
  const parsed = factsDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ChartfactsError('invalid_facts', first);
  }
  return parsed.data;
}

/**
 * Prints the decision JSON for `factsPath` on stdout and resolves to the exit status: 0 on
 * success, 1 after writing `FILE: CODE: message` on stderr.
 */
export async function runDecideCommand(factsPath: string): Promise<number> {
  try {
    const facts = await readFacts(factsPath);
    const decision = decide(facts, loadGuidelines());
    process.stdout.write(`${JSON.stringify(decision, null, 2)}\n`);
    return 0;
  } catch (err) {
    const code = err instanceof ChartfactsError ? err.code : 'internal_error';
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`${factsPath}: ${code}: ${message}\n`);
    return 1;
  }
}
