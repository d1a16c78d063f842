/** The review page's pure modules (no DOM): text segmentation at span boundaries, page ranges, the facts model. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageRanges, splitSegments } from '../../src/server/ui/static/segments.js';
import { buildModel } from '../../src/server/ui/static/facts-model.js';
import { seededRandom } from '../../scripts/lib/seeded-random.js';

type Span = { key: string; start: number; end: number };
const span = (start: number, end: number): Span => ({ key: `${start}-${end}`, start, end });

describe('splitSegments', () => {
  it.each([
    ['no spans', [], [[0, 10, []]]],
    ['one span inside', [span(2, 5)], [[0, 2, []], [2, 5, ['2-5']], [5, 10, []]]],
    ['nested: innermost first', [span(1, 8), span(3, 5)], [[0, 1, []], [1, 3, ['1-8']], [3, 5, ['3-5', '1-8']], [5, 8, ['1-8']], [8, 10, []]]],
    ['crossing', [span(1, 5), span(3, 8)], [[0, 1, []], [1, 3, ['1-5']], [3, 5, ['1-5', '3-8']], [5, 8, ['3-8']], [8, 10, []]]],
    ['same start, different ends', [span(0, 4), span(0, 2)], [[0, 2, ['0-2', '0-4']], [2, 4, ['0-4']], [4, 10, []]]],
    ['adjacent spans do not merge', [span(2, 4), span(4, 6)], [[0, 2, []], [2, 4, ['2-4']], [4, 6, ['4-6']], [6, 10, []]]],
    ['span crossing the range end is clipped', [span(8, 14)], [[0, 8, []], [8, 10, ['8-14']]]],
    ['empty span is ignored', [span(3, 3)], [[0, 10, []]]],
  ] as const)('%s', (_name, spans, expected) => {
    const got = splitSegments(0, 10, spans as unknown as Span[]).map((s: { start: number; end: number; keys: string[] }) => [s.start, s.end, s.keys]);
    expect(got).toEqual(expected);
  });

  it('covers the range exactly, and each segment lists exactly the spans covering it (random overlaps)', () => {
    const rnd = seededRandom(6);
    for (let round = 0; round < 300; round++) {
      const from = Math.floor(rnd() * 20);
      const to = from + 1 + Math.floor(rnd() * 60);
      const spans = Array.from({ length: Math.floor(rnd() * 12) }, () => {
        const s = Math.floor(rnd() * 90);
        return span(s, s + 1 + Math.floor(rnd() * 25));
      });
      const segs = splitSegments(from, to, spans) as { start: number; end: number; keys: string[] }[];
      expect(segs[0]!.start).toBe(from);
      expect(segs.at(-1)!.end).toBe(to);
      for (let i = 0; i < segs.length; i++) {
        const seg = segs[i]!;
        expect(seg.end).toBeGreaterThan(seg.start);
        if (i > 0) expect(seg.start).toBe(segs[i - 1]!.end);
        // Every character of the segment is covered by the same spans: no span boundary inside.
        for (let c = seg.start; c < seg.end; c++) {
          const covering = spans.filter((s) => s.start <= c && c < s.end).map((s) => s.key);
          expect(new Set(seg.keys)).toEqual(new Set(covering));
        }
      }
    }
  });
});

describe('pageRanges', () => {
  it('cuts the text at the page offsets', () => {
    expect(pageRanges(30, [0, 10, 25])).toEqual([{ page: 1, from: 0, to: 10 }, { page: 2, from: 10, to: 25 }, { page: 3, from: 25, to: 30 }]);
    expect(pageRanges(5, [])).toEqual([{ page: 1, from: 0, to: 5 }]);
  });
});

describe('buildModel', () => {
  const facts = JSON.parse(readFileSync(new URL('../golden/imr-trigger-point-pdf.facts.json', import.meta.url), 'utf8'));
  const decision = JSON.parse(readFileSync(new URL('../golden/imr-trigger-point-pdf.decision.json', import.meta.url), 'utf8'));
  const model = buildModel(facts, decision);

  it('points every fact with evidence at spans whose text is the evidence text', () => {
    const text: string = facts.document.text;
    expect(model.facts.length).toBeGreaterThan(10);
    for (const f of model.facts) {
      for (const ev of f.evidence) {
        expect(model.spans.get(`${ev.start}-${ev.end}`)!.factIds).toContain(f.id);
        expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      }
    }
  });

  it('highlights each injured body part where the letter names it', () => {
    const injury = model.facts.find((f: { kind: string }) => f.kind === 'injury');
    const texts = injury.evidence.map((ev: { text: string }) => ev.text);
    for (const b of facts.injury.bodyParts) expect(texts).toContain(b.evidence.text);
  });

  it('styles radiculopathy mentions by assertion and subject', () => {
    const mentions = model.facts.filter((f: { kind: string }) => f.kind === 'radiculopathy');
    expect(mentions.map((m: { style: string; subject: string }) => `${m.style}/${m.subject}`)).toEqual(
      facts.radiculopathy.mentions.map((m: { assertion: string; subject: string }) => `${m.assertion}/${m.subject}`));
  });

  it('maps diagnosis assertions to the four styles', () => {
    const withAssertion = (assertion: string) => buildModel({ ...facts, diagnoses: [{ ...facts.diagnoses[0], assertion }] }, null).facts.find((f: { kind: string }) => f.kind === 'diagnosis').style;
    expect(['present', 'negated', 'possible', 'historical'].map(withAssertion)).toEqual(['affirmed', 'negated', 'hypothetical', 'historical']);
  });

  it('links each criterion\'s evidence to a span, and drops evidence outside the text', () => {
    const cited = decision.decisions.flatMap((d: { criteria: { evidence: unknown[] }[] }) => d.criteria).filter((c: { evidence: unknown[] }) => c.evidence.length).length;
    expect(model.criteria.filter((c: { spanKeys: string[] }) => c.spanKeys.length)).toHaveLength(cited);
    const broken = buildModel({ ...facts, dates: [{ ...facts.dates[0], evidence: { ...facts.dates[0].evidence, start: 10, end: 10 ** 7 } }] }, null);
    expect(broken.facts.find((f: { kind: string }) => f.kind === 'date').spanKeys).toEqual([]);
  });
});
