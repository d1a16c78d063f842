/**
 * Shapes shared by the exam-finding helpers: a draft finding found in one sentence, before its
 * body part and side are settled from context, and the context itself.
 */
import type { BodyPart, ExamFindingKind, Side, SpineRegion } from '../../../types/vocab.js';

/** A body part with the side and spine region it carries. */
export interface PartRef {
  readonly part: BodyPart;
  readonly side: Side | null;
  readonly region: SpineRegion | null;
  readonly limb: 'upper' | 'lower' | null;
  /** Body-part lexicon entry id ("upper-extremity" is a limb, not a joint). */
  readonly entryId: string;
}

/** One finding as a detector sees it. `side`/`part` are what its own words say, if anything. */
export interface Draft {
  readonly kind: ExamFindingKind;
  readonly start: number;
  readonly end: number;
  readonly qualifier: string | null;
  readonly value: string | number | null;
  readonly unit: string | null;
  readonly side: Side | null;
  /** Part named by the lexicon entry (a test's joint, a muscle's limb segment). */
  readonly defaultPart: BodyPart | null;
  readonly negated: boolean;
  /** The words that made the finding negated ("no", "without", "non-tender"), with the rule's id. */
  readonly cue?: { readonly start: number; readonly end: number; readonly ruleId: string };
  /** Spine region from a dermatome or root level in the finding ("left L5 dermatome"). */
  readonly levelRegion?: SpineRegion | null;
  /** Where a test names the place it was done ("Tinel's sign at the right elbow"): a part starting here wins. */
  readonly placeAt?: number;
  /** The part is hand-, wrist- or foot-specific (grip): it does not become the spine region. */
  readonly specificPart?: boolean;
  /** The part a table column names ("R hip (deg)"): it beats every other reading. */
  readonly columnPart?: BodyPart;
  /** Range-of-motion motion whose direction is its side (rotation, lateral bending). */
  readonly lateralMotion?: boolean;
  /** A position in parentheses inside the finding ("ER (arm at side) 45 deg"): a body word there is not the part measured. */
  readonly aside?: readonly [number, number];
}

/** What a sentence inherits from the text around it. */
export interface ExamContext {
  /** Part from the nearest "Right knee:" / "Lumbar spine:" label above, in the same exam block. */
  readonly labelPart: PartRef | null;
  /** Last part mentioned in the few sentences before this one. */
  readonly previousPart: PartRef | null;
}
