import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../../src/lexicons/load-lexicons.js';
import { compileExamLexicon } from '../../../../src/stages/04-extract/exam/compile-exam-lexicon.js';
import { literalGate, requiredLiterals } from '../../../../src/stages/04-extract/exam/literal-gate.js';

describe('requiredLiterals', () => {
  it('reads the literal text every match needs', () => {
    expect(requiredLiterals(/\b(?:physical\s+)?exam(?:ination)?s?\b/i)).toEqual(['exam']);
    expect(requiredLiterals(/\bdiagnos(?:is|es|ed)\b|\bimpression\b/i)).toEqual(['diagnos', 'impression']);
    expect(requiredLiterals(/\b(?:MRI|x-?rays?|non-?certif)\b/i)).toEqual(['mri', 'ray', 'certif']);
    expect(requiredLiterals(/(?:^|\n)[ \t]*(?:A|A\/P|Plan)[ \t]*:/i)).toEqual([':']);
    expect(requiredLiterals(/\n[ \t]*[A-Z]/)).toEqual(['\n']);
  });

  it('requires nothing of an optional part, a lookaround, a class or a non-ASCII branch', () => {
    expect(requiredLiterals(/(?:abc)?x*/i)).toBeNull();
    expect(requiredLiterals(/(?=abc)[a-z]+/i)).toBeNull();
    expect(requiredLiterals(/(?:°|degrees?)/i)).toBeNull();
    expect(requiredLiterals(/abc|\d+/)).toBeNull();
  });
});

describe('literalGate', () => {
  it('compares a case-insensitive pattern with the lower-cased text, a case-sensitive one as written', () => {
    const gate = literalGate(/\bMRI\b/i);
    expect(gate('an mri showed')).toBe(true);
    expect(gate('amrit')).toBe(true);
    expect(gate('no imaging')).toBe(false);
    expect(literalGate(/Plan:/)('plan:')).toBe(false);
  });

  it('never closes where an exam lexicon pattern matches', () => {
    const c = compileExamLexicon(loadLexicons().examFindings);
    const texts = [
      'PHYSICAL EXAMINATION:\nLumbar ROM: flexion 40 degrees. MRI of the lumbar spine was requested.',
      'O: Neuro: DTRs 2+ knees. Strength 4/5 EHL, 5 out of 5 elsewhere. A: lumbar strain, diagnosed 2019.',
      'Forward flexion ..... 140 / 175 degrees (right / left). Full range of motion. X-rays reviewed.',
      'No focal sensory deficits. Sensation, strength and reflexes were normal. R > L.',
    ];
    const res = [
      ...c.examCues.map((q) => q.re), ...c.stopCues.map((q) => q.re), ...c.romWhole.map((w) => w.re), ...c.changeCues,
      c.labelReset, c.tableSideOrder, c.tableAsideOrder, c.columnHeader, c.sideColumnHeader, c.romHeading, c.summary,
      c.sensationNormal, c.romArc, c.motorGrade, c.reflexGrade, c.comparative, c.limbPhrase, c.dermatome, c.listItem,
    ].filter((re): re is RegExp => re !== null);
    for (const re of res) {
      for (const t of texts) {
        re.lastIndex = 0;
        if (re.test(t)) expect(literalGate(re)(t), re.source).toBe(true);
        re.lastIndex = 0;
      }
    }
  });
});
