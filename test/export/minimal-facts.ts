/** A small hand-built facts document for export tests: one fact of each family, easy to vary. */
import type { Evidence, FactsDocument } from '../../src/types/facts.js';

export const ev = (start: number, text: string, page = 1): Evidence => ({ page, start, end: start + text.length, section: 'physical_exam', text });

/** One diagnosis, exam finding, pain score, prior treatment and request; `patch` overrides top-level fields. */
export function minimalFacts(patch: Partial<FactsDocument> = {}): FactsDocument {
  return {
    schemaVersion: 1,
    document: { id: 'a'.repeat(64), fileName: 'imr-0042.pdf', pageCount: 3, ocrPages: [2], kind: 'imr_determination', text: 'x'.repeat(400), pageOffsets: [0, 100, 200] },
    patient: { age: 35, sex: 'female', evidence: ev(0, 'x') },
    injury: { date: '2013-01-09', mechanism: 'lifting', bodyParts: [{ part: 'lumbar spine', side: null }], evidence: ev(0, 'x') },
    requests: [{
      treatment: 'trigger point injection', text: 'Trigger point injection x 4', bodyPart: 'lumbar spine', side: 'left', quantity: '4 injections',
      determination: 'upheld', guidelines: [{ source: 'MTUS', text: 'MTUS Chronic Pain Trigger point injections', pages: '122' }], evidence: ev(10, 'xxxx'),
    }],
    diagnoses: [{ text: 'lumbar DDD', concept: 'lumbar degenerative disc disease', icd10: 'M51.36', assertion: 'present', evidence: ev(20, 'xxx') }],
    examFindings: [{ finding: 'range_of_motion', bodyPart: 'lumbar spine', side: null, qualifier: 'flexion', value: 70, unit: 'degrees', assertion: 'present', evidence: ev(30, 'xx') }],
    painScores: [{ score: 7, max: 10, bodyPart: 'shoulder', side: 'left', condition: 'without_medication', date: '2014-08-20', evidence: ev(40, 'x') }],
    priorTreatments: [{
      treatment: 'physical therapy', bodyPart: 'lumbar spine', side: null, date: '2014-03-19', response: 'partial_relief', reliefPercent: 50,
      durationWeeks: 6, functionalImprovement: true, sessions: 12, evidence: ev(250, 'xxxxx', 3),
    }],
    radiculopathy: { status: 'absent', mentions: [] },
    reviewer: { specialty: null, boardCertified: null, licensedIn: [] },
    dates: [],
    warnings: [],
    ...patch,
  };
}
