/**
 * One prior treatment per course of care: candidates naming the same treatment (same drug and
 * procedure, or one of them unnamed) merge unless their dates or years differ, which marks two
 * courses (a 2014 and a 2016 epidural injection), as do two stated outcomes (alike or not) for two
 * different body parts, as do two different names of a device (a walking boot and a night splint),
 * as does care told as given before an operation and after it, as do two of a series told by
 * ordinals ("the first ...; the second ...").
 * Weak references only add to a course already
 * found. The response comes from the first candidate that states one, with its percent and
 * duration; other fields take the first value stated.
 */
import type { PriorCandidate } from './read-prior-sentence.js';

/** A merged course of one treatment, with the candidates it was read from (in text order). */
export interface PriorCourse {
  readonly candidates: PriorCandidate[];
}

/**
 * Same treatment, and the same drug or procedure unless one is unnamed. Two names of a surgery on
 * the same body part ("shoulder arthroscopy", "subacromial decompression") are one operation.
 */
const sameKind = (a: PriorCandidate, b: PriorCandidate, devices: ReadonlySet<string>): boolean => {
  const x = a.mention.entry;
  const y = b.mention.entry;
  const samePart = !!a.bodyPart && a.bodyPart === b.bodyPart;
  return x.treatment === y.treatment
    && !(devices.has(x.treatment) && otherDevice(a, b))
    && (!x.drug || !y.drug || x.drug === y.drug)
    && (!x.procedure || !y.procedure || x.procedure === y.procedure || (x.treatment === 'surgery' && (samePart || generalAfter(a, b))));
};

/** How far after a named operation "the surgery" may stand and still be that operation. */
const GENERAL_REACH = 120;

/**
 * "L shoulder arthroscopy w/ RCR + SAD 6/11/20: pt feels the surgery has helped about 60%": the
 * treatment's general name (its procedure is the treatment itself) said right after a named
 * operation is that operation.
 */
function generalAfter(a: PriorCandidate, b: PriorCandidate): boolean {
  const [named, general] = a.mention.start <= b.mention.start ? [a, b] : [b, a];
  const g = general.mention.entry;
  return g.procedure === g.treatment && named.mention.entry.procedure !== g.procedure
    && general.mention.start >= named.mention.end && general.mention.start - named.mention.end <= GENERAL_REACH;
}

/** Device name as written, singular, lower case. */
const deviceName = (c: PriorCandidate): string => c.mention.text.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');

/** Two strong mentions naming different devices ("walking boot", "night splint"); "brace" and "knee brace" name one. */
function otherDevice(a: PriorCandidate, b: PriorCandidate): boolean {
  if (a.mention.weak || b.mention.weak) return false;
  const x = deviceName(a);
  const y = deviceName(b);
  return !x.includes(y) && !y.includes(x);
}

function first<T>(course: PriorCourse, pick: (c: PriorCandidate) => T | null | undefined): T | null {
  for (const c of course.candidates) {
    const v = pick(c);
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

/**
 * Two stated outcomes for two different body parts are two courses, even when they read alike (an
 * injection into the wrist and one into a finger the same day, each with relief that wore off).
 */
function twoSiteOutcomes(course: PriorCourse, cand: PriorCandidate): boolean {
  return course.candidates.some((c) => c.bodyPart && cand.bodyPart && c.bodyPart !== cand.bodyPart
    && c.reading.response !== 'unknown' && cand.reading.response !== 'unknown');
}

/**
 * Care told as given before an operation and the same care told as given after it ("before surgery
 * 8 visits of PT", "6 visits of post-operative therapy") are two courses.
 */
function otherPhase(course: PriorCourse, cand: PriorCandidate): boolean {
  return cand.postOperative !== undefined && cand.mention.entry.treatment !== 'surgery'
    && course.candidates.some((c) => c.postOperative !== undefined && c.postOperative !== cand.postOperative);
}

/** Care for an earlier, resolved episode and care for the claim are two courses. */
function otherEpisode(course: PriorCourse, cand: PriorCandidate): boolean {
  return course.candidates.some((c) => !!c.earlierEpisode !== !!cand.earlierEpisode);
}

/**
 * "Two injections; the first gave no relief and the second, on 8/20/2013, gave 40% relief": each
 * one of a series told by an ordinal or another anaphor ("a confirmatory block") is a course of its own.
 */
function otherOfSeries(course: PriorCourse, cand: PriorCandidate): boolean {
  return !!cand.mention.anaphor && course.candidates.some((c) => c.mention.anaphor);
}

function compatible(course: PriorCourse, cand: PriorCandidate, devices: ReadonlySet<string>): boolean {
  if (!course.candidates.some((c) => sameKind(c, cand, devices)) || twoSiteOutcomes(course, cand) || otherPhase(course, cand) || otherEpisode(course, cand)
    || otherOfSeries(course, cand)) return false;
  const date = first(course, (c) => c.date);
  const year = first(course, (c) => c.year);
  if (date && cand.date && date !== cand.date) return false;
  return !(year && cand.year && year !== cand.year);
}

/**
 * Groups candidates into courses of care, strong mentions first so weak ones find their course.
 * `devices`: treatments whose different names are different devices.
 */
export function mergePriorTreatments(candidates: readonly PriorCandidate[], devices: ReadonlySet<string> = new Set()): PriorCourse[] {
  const courses: PriorCourse[] = [];
  for (const cand of candidates.filter((c) => !c.mention.weak)) {
    const course = courses.find((k) => compatible(k, cand, devices));
    if (course) course.candidates.push(cand);
    else courses.push({ candidates: [cand] });
  }
  for (const cand of candidates.filter((c) => c.mention.weak)) courses.find((k) => compatible(k, cand, devices))?.candidates.push(cand);
  return courses;
}

/**
 * The candidate whose response the course reports: the first that states one, unless it states no
 * percent and a later strong mention of the course does ("5/10 before her morning gabapentin ...;
 * the buttock pain does not change" then "Gabapentin: leg burning about 30% better"): a stated
 * percent is the record's own measure of the course's response. Else the first.
 */
export function responseCandidate(course: PriorCourse): PriorCandidate {
  const said = course.candidates.find((c) => c.reading.response !== 'unknown');
  const measured = said && said.reading.reliefPercent === null
    ? course.candidates.find((c) => c !== said && !c.mention.weak && c.reading.reliefPercent !== null)
    : undefined;
  return measured ?? said ?? course.candidates[0]!;
}

/** First stated value of a field across the course. */
export function firstStated<T>(course: PriorCourse, pick: (c: PriorCandidate) => T | null | undefined): T | null {
  return first(course, pick);
}
