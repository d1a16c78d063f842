/**
 * Builds small, valid FactsDocuments for decision tests. Each fact gets its own sentence in the
 * document text, and its evidence slices exactly to that sentence's quoted part, so tests check
 * evidence the way the contract defines it.
 */
import type {
  Evidence, ExamFinding, FactsDocument, PriorTreatment, RadiculopathyMention, TreatmentRequest, Diagnosis,
} from '../../../src/types/facts.js';
import type { DateRole, SectionName } from '../../../src/types/vocab.js';

type Req = Partial<TreatmentRequest> & Pick<TreatmentRequest, 'treatment'>;
type Prior = Partial<PriorTreatment> & Pick<PriorTreatment, 'treatment'>;
type Exam = Partial<ExamFinding> & Pick<ExamFinding, 'finding'>;
type Mention = Partial<RadiculopathyMention> & Pick<RadiculopathyMention, 'assertion'>;
type Dx = Partial<Diagnosis> & Pick<Diagnosis, 'concept'>;

export interface FactsSpec {
  request: Req;
  otherRequests?: Req[];
  /** Default 2013-01-01; null for "not documented". */
  injuryDate?: string | null;
  /** Latest visit date; default 2014-01-01. */
  visitDate?: string | null;
  priors?: Prior[];
  exams?: Exam[];
  diagnoses?: Dx[];
  mentions?: Mention[];
  painScores?: number;
  /** Study report sentences; `{date}` in the sentence marks where the dated study's date goes. */
  studies?: Array<{ date: string; sentence: string; role?: DateRole }>;
  /** Section given to every fact's evidence (default `clinical_case_summary`). */
  section?: SectionName;
  /** Patient age; default 40, null for "not documented". */
  age?: number | null;
}

/** Appends text and returns evidence for it. */
function writer(section: SectionName) {
  let text = '';
  const add = (quote: string, sec: SectionName = section): Evidence => {
    const start = text.length;
    text += `${quote}. `;
    return { page: 1, start, end: start + quote.length, section: sec, text: quote };
  };
  return { add, text: () => text };
}

/** A FactsDocument for `spec`. */
export function buildFacts(spec: FactsSpec): FactsDocument {
  const w = writer(spec.section ?? 'clinical_case_summary');
  const request = (r: Req): TreatmentRequest => ({
    text: r.text ?? `requested ${r.treatment}${r.quantity ? ` ${r.quantity}` : ''}`,
    bodyPart: null, quantity: null, determination: null, guidelines: [],
    ...r,
    evidence: r.evidence ?? w.add(r.text ?? `requested ${r.treatment}`),
  });
  const injuryDate = spec.injuryDate === undefined ? '2013-01-01' : spec.injuryDate;
  const visitDate = spec.visitDate === undefined ? '2014-01-01' : spec.visitDate;
  const dates: FactsDocument['dates'] = [];
  if (visitDate) dates.push({ date: visitDate, text: visitDate, role: 'visit', evidence: w.add(`seen on ${visitDate}`) });
  for (const s of spec.studies ?? []) {
    const [before, after] = s.sentence.split('{date}') as [string, string];
    const ev = w.add(`${before}${s.date}${after ?? ''}`);
    const start = ev.start + before.length;
    dates.push({ date: s.date, text: s.date, role: s.role ?? 'imaging', evidence: { ...ev, start, end: start + s.date.length, text: s.date } });
  }
  const facts: FactsDocument = {
    schemaVersion: 1,
    document: { id: 'a'.repeat(64), fileName: 'test.txt', pageCount: 1, ocrPages: [], kind: 'progress_report', text: '', pageOffsets: [0] },
    patient: { age: spec.age === undefined ? 40 : spec.age, sex: null },
    injury: { date: injuryDate, mechanism: null, bodyParts: [], evidence: injuryDate ? w.add(`injured on ${injuryDate}`) : null },
    requests: [request(spec.request), ...(spec.otherRequests ?? []).map(request)],
    diagnoses: (spec.diagnoses ?? []).map((d) => ({ text: d.concept, icd10: null, assertion: 'present', ...d, evidence: w.add(d.text ?? d.concept) })),
    examFindings: (spec.exams ?? []).map((e) => ({
      bodyPart: null, side: null, qualifier: null, value: null, unit: null, assertion: 'present', ...e,
      evidence: w.add(`${e.finding} ${e.qualifier ?? ''} ${e.value ?? ''}`.trim()),
    })),
    painScores: Array.from({ length: spec.painScores ?? 0 }, (_, i) => ({
      score: 6, max: 10, bodyPart: null, side: null, condition: null, date: null, evidence: w.add(`pain ${6 + i}/10`),
    })),
    priorTreatments: (spec.priors ?? []).map((p) => ({
      bodyPart: null, side: null, date: null, response: 'unknown', reliefPercent: null, durationWeeks: null, functionalImprovement: null, ...p,
      evidence: w.add(`had ${p.treatment} ${p.drug ?? ''} ${p.response ?? ''}`.trim()),
    })),
    radiculopathy: {
      status: 'not_mentioned',
      mentions: (spec.mentions ?? []).map((m) => ({ text: 'radiculopathy', subject: 'patient', region: null, side: null, ...m, evidence: w.add(m.text ?? `${m.assertion} radiculopathy`) })),
    },
    reviewer: { specialty: null, boardCertified: null, licensedIn: [] },
    dates,
    warnings: [],
  };
  facts.document.text = w.text();
  return facts;
}
