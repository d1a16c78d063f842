/**
 * Treatment names the vocabulary lacked: hernia repair is surgery, and a ketamine cream or gel is
 * a compounded topical (no topical ketamine is manufactured) carrying ketamine as its drug.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const requests = (line: string) =>
  findRequests(docOf(`TREATMENT PLAN:\n${line}\n`), lex).map((r) => [r.treatment, r.procedure ?? r.drug ?? null]);

describe('treatment terms: hernia repair and topical ketamine', () => {
  it.each([
    ['1. Request open left inguinal herniorrhaphy.', 'surgery', 'hernia repair'],
    ['1. Refer for umbilical hernia repair with mesh.', 'surgery', 'hernia repair'],
    ['1. Request ketamine 5% gel 100 g to the right foot.', 'compounded topical', 'ketamine'],
    ['1. Trial of topical ketamine to the painful scar.', 'compounded topical', 'ketamine'],
  ])('%s → %s (%s)', (line, treatment, detail) => {
    expect(requests(line)).toEqual([[treatment, detail]]);
  });
});
