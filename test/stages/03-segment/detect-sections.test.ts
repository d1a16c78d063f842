import { describe, expect, it } from 'vitest';
import { detectSections } from '../../../src/stages/03-segment/detect-sections.js';
import { classifyDocument } from '../../../src/stages/03-segment/classify-document.js';
import { lex } from '../../helpers/docs.js';

const names = (text: string) => detectSections(text, lex).map((s) => s.name);

describe('detectSections', () => {
  it.each([
    ['capitals, no colon', 'intro\nCLINICAL CASE SUMMARY\nThe injured worker...', [null, 'clinical_case_summary']],
    ['title case with colon', 'Subjective complaints:\nNeck pain.\nObjective findings:\nTender.', ['subjective', 'objective']],
    ['inline header', 'Diagnoses: 1. Lumbar strain\nTreatment plan: PT x 6', ['diagnoses', 'treatment_plan']],
    ['IMR 2013 format', 'Notice\nINDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE\ntext\nRationale Used by the Expert Reviewer:\nMTUS', [null, 'decision', 'rationale']],
    ['numbered header', '1. HISTORY OF PRESENT ILLNESS:\nFell at work.', ['history']],
    ['continued header', 'Objective findings (continued):\nNeuro intact.', ['objective']],
    ['consultation headers', 'HPI: fell.\nPHYSICAL EXAMINATION:\nok\nIMPRESSION:\nstrain\nRECOMMENDATIONS:\nPT', ['history', 'physical_exam', 'assessment', 'plan']],
    ['UR letter headers', 'REQUESTED TREATMENT\n1. ESI\nCLINICAL SUMMARY:\ntext\nGuideline criteria:\ntext', ['decision', 'clinical_case_summary', 'rationale']],
    ['operative report headers', 'PROCEDURES\n1. Arthroscopy\nINDICATIONS\nFell at work.\nDESCRIPTION OF PROCEDURE\nPortals made.\nPOSTOPERATIVE PLAN\nSling.', ['other', 'history', 'other', 'plan']],
    ['compound header with a slash', 'HPI: hurt her wrist.\nIMPRESSION / PLAN:\n1. Splint', ['history', 'assessment']],
    ['compound header, both plan words', 'EXAM:\nok\nPLAN/RECOMMENDATIONS\n1. Acupuncture x 6', ['physical_exam', 'plan']],
    ['compound header with "and"', 'OPERATIVE TECHNIQUE\nincision made\nDisposition and orders:\n- Sling', ['other', 'plan']],
    ['treatment plan / RFA', 'Diagnoses:\n1. Strain\nTreatment Plan / RFA\n1) MRI', ['diagnoses', 'treatment_plan']],
    ['RFA form line is no header', 'Subjective:\nsore\nRFA: 04/02/2019\nRFA received: 04/03/2019', ['subjective']],
    ['compound with an unknown part is no header', 'Subjective:\nsore\nPLAN / BILLING NOTES:\nx', ['subjective']],
    ['UR letter decision header written as a sentence', 'On your examination there was tenderness.\n\nDecision and rationale, item by item.\n\n1. ESI - NON-CERTIFIED.', [null, 'decision']],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not take a header word inside a sentence', () => {
    expect(names('He had a physical exam on 5/1/14 with normal findings.')).toEqual([null]);
  });

  it('does not take a lower-case line without a colon as a header', () => {
    expect(names('note\ndiagnoses\nmore')).toEqual([null]);
  });

  it('covers the whole text without gaps or overlaps', () => {
    const text = 'Header stuff\nDIAGNOSES:\n1. Strain\nPLAN:\nPT\n';
    const secs = detectSections(text, lex);
    expect(secs[0]!.start).toBe(0);
    for (let i = 1; i < secs.length; i++) expect(secs[i]!.start).toBe(secs[i - 1]!.end);
    expect(secs.at(-1)!.end).toBe(text.length);
  });
});

describe('detectSections: a one-paragraph inline records list', () => {
  const at = (text: string) => detectSections(text, lex).map((s) => [s.name, text.slice(s.start, s.start + 12)]);
  it('closes at the blank line, and the summary it interrupted resumes', () => {
    const text = 'CLINICAL SUMMARY\nRecords reviewed: PR-2 of 02/03/2020, lumbar MRI.\n\nThe claimant is a 50-year-old welder.\n';
    expect(at(text)).toEqual([
      ['clinical_case_summary', 'CLINICAL SUM'],
      ['documents_reviewed', 'Records revi'],
      ['clinical_case_summary', 'The claimant'],
    ]);
  });
  it('also closes where a PDF text layer left no blank line: a sentence end, then a new prose sentence', () => {
    const text = 'CLINICAL SUMMARY\nRecords reviewed: PR-2 of 02/03/2020, lumbar MRI.\nThe claimant is a 50-year-old welder.\n';
    expect(at(text).map(([n]) => n)).toEqual(['clinical_case_summary', 'documents_reviewed', 'clinical_case_summary']);
  });
  it('keeps a records list that runs on over lines that are not prose', () => {
    const text = 'CLINICAL SUMMARY\nRecords reviewed: PR-2 of 02/03/2020.\nMRI lumbar spine 03/04/2020.\n';
    expect(at(text).map(([n]) => n)).toEqual(['clinical_case_summary', 'documents_reviewed']);
  });
  it('a header before the blank line takes over as usual', () => {
    const text = 'CLINICAL SUMMARY\nRecords reviewed: PR-2 of 02/03/2020.\nDIAGNOSES:\n1. Lumbar strain.\n\nThe claimant improved.\n';
    expect(at(text).map(([n]) => n)).toEqual(['clinical_case_summary', 'documents_reviewed', 'diagnoses']);
  });
  it('a records header on a line of its own still heads everything up to the next header', () => {
    const text = 'DOCUMENTS REVIEWED:\nPR-2 of 02/03/2020.\n\nMRI of 03/04/2020.\n\nCLINICAL CASE SUMMARY:\nText.\n';
    expect(at(text).map(([n]) => n)).toEqual(['documents_reviewed', 'clinical_case_summary']);
  });
  it.each([
    ['Diagnoses listed on the RFA:\nM54.5 Low back pain', 'diagnoses'],
    ['DETERMINATION AND RATIONALE BY REQUEST\n#1 Lumbar brace - CERTIFIED', 'decision'],
    ['SUMMARY OF DETERMINATIONS\nItem 1 Knee brace UPHELD', 'decision'],
    ['DETERMINATION DETAIL\nItem 1 - Knee brace', 'decision'],
  ])('header %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('detectSections: a header closed by a spaced dash', () => {
  it('takes a header line that ends in " -" (or an en or em dash) as a header on its own line', () => {
    expect(names('Clinic letterhead\nSUBJECTIVE COMPLAINTS -\nAches.\nTREATMENT PLAN \u2013\nRest.\nWORK STATUS \u2014  \nOff.')).toEqual(
      [null, 'subjective', 'treatment_plan', 'work_status'],
    );
  });
  it('does not take a dash with text after it, a dash that touches the word, or a lower-case line', () => {
    expect(names('Clinic letterhead\nDiagnosis - lumbar strain\nIMPRESSION-\nok\nplan -\nrest')).toEqual([null]);
  });
});

describe('detectSections: an inline past history paragraph', () => {
  it('closes at the blank line, and the summary it interrupted resumes', () => {
    const text = 'CLINICAL SUMMARY\nShe lifted a crate.\n\nPast medical history: asthma as a child, outgrown.\n\nTherapy for this claim helped the knee.\n';
    expect(detectSections(text, lex).map((s) => [s.name, text.slice(s.start, s.start + 10)])).toEqual([
      ['clinical_case_summary', 'CLINICAL S'],
      ['history', 'Past medic'],
      ['clinical_case_summary', 'Therapy fo'],
    ]);
  });
  it('a past history header on a line of its own still heads everything up to the next header', () => {
    expect(names('HPI: fell.\nPAST MEDICAL HISTORY\nAsthma.\n\nMigraine.\nEXAM:\nok')).toEqual(['history', 'history', 'physical_exam']);
  });
});

describe('classifyDocument', () => {
  it.each([
    ['HOW THE IMR FINAL DETERMINATION WAS MADE\nMAXIMUS Federal Services', 'imr_determination'],
    ['NOTICE OF UTILIZATION REVIEW DETERMINATION\n1. ESI NON-CERTIFIED', 'ur_determination'],
    ["PRIMARY TREATING PHYSICIAN'S PROGRESS REPORT (PR-2)\nSubjective complaints:", 'progress_report'],
    ['OPERATIVE / PROCEDURE REPORT\nPROCEDURE PERFORMED:', 'other'],
    ['A grocery list', 'other'],
    [
      'UTILIZATION REVIEW DECISION\n\nRecords reviewed: the progress report of 05/02/2021 and the RFA.\nPhysical examination: the chief complaint is neck pain at the follow-up visit.',
      'ur_determination',
    ],
    ['Follow-up visit. Utilization review decision dated 04/01/2021 denied the MRI.\nPROGRESS REPORT\nPhysical examination:', 'progress_report'],
  ])('%s', (text, kind) => {
    expect(classifyDocument(text, lex)).toBe(kind);
  });
});
