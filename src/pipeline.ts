/**
 * The only file that knows the stage order: ingest → normalize → segment → extract (→ decide).
 * `buildFacts` is pure (pages in, facts out); `processFile` adds the file I/O of ingest.
 */
import { createHash } from 'node:crypto';
import type { Lexicons } from './lexicons/registry.js';
import type { FactsDocument, Warning } from './types/facts.js';
import type { IngestResult, RawPage, SegmentedDocument } from './types/pipeline.js';
import { tuneHeapForExtraction } from './heap-tuning.js';
import { normalizeText } from './stages/02-normalize/normalize-text.js';
import { segmentDocument } from './stages/03-segment/segment-document.js';
import { findPatient } from './stages/04-extract/find-patient.js';
import { findReviewer } from './stages/04-extract/find-reviewer.js';
import { findEventDates } from './stages/04-extract/find-event-dates.js';
import { findInjury } from './stages/04-extract/find-injury.js';
import { findRequests } from './stages/04-extract/find-requests.js';
import { findDiagnoses } from './stages/04-extract/find-diagnoses.js';
import { findExamFindings } from './stages/04-extract/find-exam-findings.js';
import { findPainScores } from './stages/04-extract/find-pain-scores.js';
import { findPriorTreatments } from './stages/04-extract/find-prior-treatments.js';
import { findRadiculopathy } from './stages/04-extract/find-radiculopathy.js';

/** Options that affect how facts are built from pages. */
export interface BuildOptions {
  /** Pages OCR'd under this mean confidence (0-100) get a `low_ocr_confidence` warning. */
  readonly ocrConfidenceThreshold: number;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = Object.freeze({ ocrConfidenceThreshold: 80 });

/** Segmented document from raw pages (normalize + segment). */
export function segmentPages(pages: readonly RawPage[], lexicons: Lexicons): SegmentedDocument {
  tuneHeapForExtraction();
  const normalized = normalizeText(pages);
  return segmentDocument(normalized.text, lexicons, normalized.pageOffsets);
}

/** Warnings the pipeline adds from page metadata (ingest adds its own). */
function pageWarnings(pages: readonly RawPage[], options: BuildOptions): Warning[] {
  const out: Warning[] = [];
  for (const p of pages) {
    if (p.source === 'ocr' && p.ocrConfidence !== undefined && p.ocrConfidence < options.ocrConfidenceThreshold) {
      out.push({ code: 'low_ocr_confidence', message: `OCR confidence ${Math.round(p.ocrConfidence)} is under ${options.ocrConfidenceThreshold}`, page: p.page });
    }
  }
  return out;
}

/** Facts document from ingested pages: pure, deterministic. */
export function buildFacts(ingest: IngestResult, lexicons: Lexicons, options: BuildOptions = DEFAULT_BUILD_OPTIONS): FactsDocument {
  const doc = segmentPages(ingest.pages, lexicons);
  const dates = findEventDates(doc, lexicons);
  const diagnoses = findDiagnoses(doc, lexicons);
  // a diagnosis of post-traumatic stress disorder makes the psyche an injured part
  const injury = findInjury(doc, lexicons, dates, diagnoses);
  const ocrPages = ingest.pages.filter((p) => p.source === 'ocr').map((p) => p.page);
  const ocrConfidence = Object.fromEntries(
    ingest.pages.filter((p) => p.ocrConfidence !== undefined).map((p) => [String(p.page), Math.round(p.ocrConfidence! * 10) / 10]),
  );
  return {
    schemaVersion: 1,
    document: {
      id: ingest.id,
      fileName: ingest.fileName,
      pageCount: Math.max(1, ingest.pages.length),
      ocrPages,
      kind: doc.kind,
      text: doc.text,
      pageOffsets: [...doc.pageOffsets],
      ...(ocrPages.length ? { ocrConfidence } : {}),
    },
    patient: findPatient(doc, lexicons),
    injury,
    requests: findRequests(doc, lexicons),
    diagnoses,
    examFindings: findExamFindings(doc, lexicons, injury.bodyParts, diagnoses),
    painScores: findPainScores(doc, lexicons),
    priorTreatments: findPriorTreatments(doc, lexicons, injury),
    radiculopathy: findRadiculopathy(doc, lexicons, injury.bodyParts.map((b) => b.part)),
    reviewer: findReviewer(doc, lexicons),
    dates: dates.map(({ ruleId: _r, ...d }) => d),
    warnings: [...ingest.warnings, ...pageWarnings(ingest.pages, options)],
  };
}

/** Raw pages of a plain-text record (form feed = page break), for callers that hold text. */
export function pagesFromText(text: string): RawPage[] {
  return text.split('\f').map((t, i) => ({ page: i + 1, text: t, source: 'text' as const }));
}

/** Facts from a text already in memory (tests, evaluation); id is the sha256 of its UTF-8 bytes. */
export function extractFactsFromText(text: string, fileName: string, lexicons: Lexicons): FactsDocument {
  const id = createHash('sha256').update(text, 'utf8').digest('hex');
  return buildFacts({ id, fileName, pages: pagesFromText(text), warnings: [] }, lexicons);
}
