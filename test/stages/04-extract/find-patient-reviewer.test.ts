import { describe, expect, it } from 'vitest';
import { findPatient } from '../../../src/stages/04-extract/find-patient.js';
import { findReviewer } from '../../../src/stages/04-extract/find-reviewer.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('findPatient', () => {
  it.each([
    ['The injured worker is a 35 year old female with a date of injury on 1/9/2013.', 35, 'female'],
    ['Mr. Roe is a 47-year-old right-handed male seen in follow-up.', 47, 'male'],
    ['DOB: 11/11/1963 (52 y/o M)   CLAIM #: 1', 52, 'male'],
    ['Employer: Shop   Age/Sex: 58 / F', 58, 'female'],
    ['Patient: DOE, JOHN   DOB: 14 Jun 1969 (50 y)\nSex: M', 50, 'male'],
    ['Date of birth 04/11/1962 (age 57). He is a welder.', 57, 'male'],
    ['DOB\t07/21/1983\t(40 y, male)\nClaim\t998-1', 40, 'male'],
    ['Ms. Okafor-Reyes, now 52, is a hotel housekeeper.', 52, 'female'],
    ['Mr. Lindqvist, 38, works nights at the cannery.', 38, 'male'],
    ['The patient is a 61 year old with a date of injury of 11/14/2011.', 61, null],
    ['Ms. Doe is a 34 y/o R-handed data entry clerk. She types all day.', 34, 'female'],
    ['Mr. Roe, 71 y.o., drives a delivery route.', 71, 'male'],
    ['Mr. Roe is a Forty-Four-year-old forklift operator.', 44, 'male'],
    ['She is a thirty year old home health aide.', 30, 'female'],
    ['A seventeen-year-old dishwasher, he works weekends.', 17, 'male'],
    ['Name ......... DOE, JANE        Age/Sex ..... 62 / F\nShe is a line cook.', 62, 'female'],
    ['Claim ...... 1234      Age ........ 39\nHe drives a forklift.', 39, 'male'],
  ])('%s', (text, age, sex) => {
    const p = findPatient(docOf(text), lex);
    expect(p.age).toBe(age);
    expect(p.sex).toBe(sex);
  });

  it('ignores the he/she pronouns of reviewer boilerplate', () => {
    const text = 'HOW THE IMR FINAL DETERMINATION WAS MADE\nHe/she has no affiliation. He/she is familiar with the law.\nCLINICAL CASE SUMMARY\nThe patient is a 33 year old clerk.';
    expect(findPatient(docOf(text), lex).sex).toBeNull();
  });

  it('does not read a distance or a dose as an age', () => {
    expect(findPatient(docOf('She has worked there for twenty-two years.'), lex).age).toBeNull();
    expect(findPatient(docOf('He lifted a 70-pound box. Pain for 3 years.'), lex).age).toBeNull();
  });
});

describe('findReviewer', () => {
  it('reads an IMR qualification statement', () => {
    const r = findReviewer(docOf('HOW THE IMR FINAL DETERMINATION WAS MADE\nThe expert reviewer is Board Certified in Occupational Medicine and is licensed to practice in Colorado.'), lex);
    expect(r).toMatchObject({ specialty: 'Occupational Medicine', boardCertified: true, licensedIn: ['Colorado'] });
  });

  it('joins a subspecialty and keeps the record spelling', () => {
    const r = findReviewer(docOf('HOW THE IMR FINAL DETERMINATION WAS MADE\nThe reviewer is Board Certified in Orthopaedic Surgery, with a subspecialty in Surgery of the Hand and is licensed to practice in Texas.'), lex);
    expect(r.specialty).toBe('Orthopaedic Surgery; Hand Surgery');
    expect(r.licensedIn).toEqual(['Texas']);
  });

  it('maps "&" spellings and reads labelled fields', () => {
    const r = findReviewer(docOf('intro\nState(s) of Licensure:\nCalifornia, Nevada\nCertification(s)/Specialty:\nPhysical Medicine & Rehabilitation'), lex);
    expect(r.specialty).toBe('Physical Medicine and Rehabilitation');
    expect(r.licensedIn).toEqual(['California', 'Nevada']);
  });

  it('keeps a surgical subspecialty as written instead of reading its last word as General Surgery', () => {
    const r = findReviewer(docOf('HOW THE IMR FINAL DETERMINATION WAS MADE\nThe reviewer is Board Certified in Orthopedic Surgery, with fellowship training in Foot and Ankle Surgery, and is licensed to practice in Ohio.'), lex);
    expect(r.specialty).toBe('Orthopedic Surgery; Foot and Ankle Surgery');
    const spine = findReviewer(docOf('HOW THE IMR FINAL DETERMINATION WAS MADE\nThe reviewer is Board Certified in Neurological Surgery, with a subspecialty in Spine Surgery.'), lex);
    expect(spine.specialty).toBe('Neurological Surgery; Spine Surgery');
  });

  it('reads a UR letter\'s closing "This decision was made by ..., Board Certified in ..."', () => {
    const r = findReviewer(docOf('RATIONALE\nThe brace is not supported.\n\nThis decision was made by Ana Ruiz, M.D., Board Certified in Internal Medicine, Oregon license no. 12345.'), lex);
    expect(r.specialty).toBe('Internal Medicine');
    expect(r.boardCertified).toBe(true);
  });

  it('does not take the treating physician for the reviewer', () => {
    const r = findReviewer(docOf('Subjective complaints:\nPain.\nSpecialty: Pain Medicine'), lex);
    expect(r.specialty).toBeNull();
  });
});
