/**
 * Splits a guideline citation ("MTUS Chronic Pain ... Opioids, pages 76-80; Opioids for chronic
 * pain, pages 80-82") into references, each with its source (the first source cue that matches
 * the segment, else the source of the segment before it) and its pages.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { GuidelineRef } from '../../../types/facts.js';
import type { GuidelineSource } from '../../../types/vocab.js';
import { compileTreatmentLexicons, firstCue, type CompiledTreatments } from './compile-treatment-lexicons.js';

/** Segment boundaries: semicolons, ", and" before a new title, and sentence ends (not "C.C.R."). */
const SEGMENT_BREAK = /;|,\s+and\s+(?=[A-Z])|(?<![A-Z])\.\s+(?=[A-Z])/;

interface Segment { readonly text: string; readonly source: GuidelineSource | null; readonly pages: string | null }

function readSegment(raw: string, c: CompiledTreatments): Segment {
  const source = (firstCue(c.cues['guideline-source'], raw)?.value ?? null) as GuidelineSource | null;
  const pageCue = firstCue(c.cues['guideline-pages'], raw);
  const pages = pageCue?.groups.pages?.replace(/\s+/g, '') ?? null;
  const bare = pageCue ? raw.slice(0, pageCue.start) + raw.slice(pageCue.end) : raw;
  const text = bare.replace(/\s+/g, ' ').replace(/^[\s,.;:]+|[\s,.;:]+$/g, '').replace(/^(?:and|the)\s+/i, '');
  return { text, source, pages };
}

/** The guideline references in one citation, in order; empty when it names none. */
export function parseGuidelineCitation(cite: string, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): GuidelineRef[] {
  const c = compileTreatmentLexicons(lexicons);
  const segments = cite.split(SEGMENT_BREAK).map((s) => readSegment(s, c)).filter((s) => s.text.length > 2);
  const fallback = segments.find((s) => s.source)?.source ?? null;
  const out: GuidelineRef[] = [];
  let previous: GuidelineSource | null = null;
  for (const s of segments) {
    const source: GuidelineSource | null = s.source ?? previous ?? fallback;
    previous = source;
    if (!source) continue;
    // a segment without pages that repeats a source already cited is commentary, not a citation
    if (!s.pages && (!s.source || out.some((r) => r.source === source))) continue;
    out.push({ source, text: s.text, pages: s.pages });
  }
  return out;
}
