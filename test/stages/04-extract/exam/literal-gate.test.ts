import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../../src/lexicons/load-lexicons.js';
import { compileExamLexicon } from '../../../../src/stages/04-extract/exam/compile-exam-lexicon.js';
import { literalGate, mayHoldWords, requiredLiterals } from '../../../../src/stages/04-extract/exam/literal-gate.js';

describe('requiredLiterals', () => {
  it('reads the literal text every match needs', () => {
    expect(requiredLiterals(/\b(?:physical\s+)?exam(?:ination)?s?\b/)).toEqual(['exam']);
    expect(requiredLiterals(/\bdiagnos(?:is|es|ed)\b|\bimpression\b/)).toEqual(['diagnos', 'impression']);
    expect(requiredLiterals(/\b(?:MRI|x-?rays?|non-?certif)\b/)).toEqual(['MRI', 'ray', 'certif']);
    expect(requiredLiterals(/(?:^|\n)[ \t]*(?:A|A\/P|Plan)[ \t]*:/)).toEqual([':']);
    expect(requiredLiterals(/\n[ \t]*[A-Z]/)).toEqual(['\n']);
  });

  it('keeps only literals without letters for a case-insensitive pattern', () => {
    expect(requiredLiterals(/(?:^|\n)\s*(?:neuro|motor)\s*:/i)).toEqual([':']);
    expect(requiredLiterals(/\b(?:physical\s+)?exam(?:ination)?s?\b/i)).toBeNull();
    expect(requiredLiterals(/[0-5]\s*(?:\/|out of)\s*5/i)).toEqual(['5']);
  });

  it('requires nothing of an optional part, a lookaround, a class or a non-ASCII branch', () => {
    expect(requiredLiterals(/(?:abc)?x*/i)).toBeNull();
    expect(requiredLiterals(/(?=abc)[a-z]+/i)).toBeNull();
    expect(requiredLiterals(/(?:°|degrees?)/i)).toBeNull();
    expect(requiredLiterals(/abc|\d+/)).toBeNull();
  });
});

describe('literalGate', () => {
  it('looks for the required text as written', () => {
    const gate = literalGate(/(?:^|\n)\s*(?:O|Objective)\s*:/i);
    expect(gate('O: tender')).toBe(true);
    expect(gate('Objective findings')).toBe(false);
    expect(literalGate(/\bMRI\b/i)('no imaging')).toBe(true);
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

describe('mayHoldWords', () => {
  it('says no only where no word every match needs is written, in any case', () => {
    const aside = /\b(right|left)\b[^()\n]{0,40}\(\s*(?:the\s+)?(right|left)\s+(?:in|within)\s+parenthes[ie]s\s*\)/gi;
    expect(mayHoldWords(aside, 'Right ankle (LEFT IN PARENTHESES):')).toBe(true);
    expect(mayHoldWords(aside, 'Right ankle (left side):')).toBe(false);
    const header = /^[ \t]*(?:motion|(?:[A-Za-z][A-Za-z /-]{0,30}?\b)?(?:AROM|ROM))[ \t]+((?:L|R)(?:[ \t]+(?:L|R))+)$/gim;
    expect(mayHoldWords(header, 'Shoulder PROM   L   R')).toBe(true);
    expect(mayHoldWords(header, 'Strength   L   R')).toBe(false);
  });

  it('lets through what it cannot read: a pattern that minds case or needs no word', () => {
    expect(mayHoldWords(/parentheses/, 'nothing')).toBe(true);
    expect(mayHoldWords(/\d+|abc/i, 'nothing')).toBe(true);
  });
});
