/** A board covering two specialties ("Psychiatry and Neurology") yields to the one the statement names on its own. */
import { describe, expect, it } from 'vitest';
import { findReviewer } from '../../../src/stages/04-extract/find-reviewer.js';
import { docOf, lex } from '../../helpers/docs.js';

const specialtyOf = (statement: string) => findReviewer(docOf(`HOW THE IMR FINAL DETERMINATION WAS MADE\n${statement}\n`), lex).specialty;

describe('reviewer: an umbrella board', () => {
  it.each([
    ['The Physician Reviewer is Board Certified in Psychiatry and Neurology, with a subspecialty in Psychiatry, and is licensed to practice in California.', 'Psychiatry'],
    ['The Physician Reviewer is Board Certified in Psychiatry and Neurology (Neurology) and is licensed to practice in California.', 'Neurology'],
    ['The Physician Reviewer is Board Certified in Psychiatry and Neurology and is licensed to practice in California.', 'Neurology'],
  ])('%s', (statement, specialty) => {
    expect(specialtyOf(statement)).toBe(specialty);
  });
});
