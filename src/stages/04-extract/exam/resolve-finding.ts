/**
 * Settles a draft's body part and side from its own words and its context, following the
 * contract: neurologic findings examined for a spine complaint take the spine region (a
 * dermatome's region first) unless they are hand-, wrist- or foot-specific; rotation and lateral
 * bending keep their direction as the side and nothing else; spine findings do not inherit a side
 * from "left-sided low back pain"; palpation findings in one sentence share a side (trigger point,
 * twitch response, referred pain); a normal neurologic finding with no side stated covers both.
 */
import type { BodyPartMention } from '../find-body-parts.js';
import type { BodyPart, ExamFindingKind, Side, SpineRegion } from '../../../types/vocab.js';
import type { Draft, ExamContext, PartRef } from './exam-types.js';

/** Kinds whose part is the spine region they are examined for, not the joint named near them. */
export const NEURO_KINDS: ReadonlySet<ExamFindingKind> = new Set<ExamFindingKind>(['reflex', 'motor_strength', 'sensation', 'straight_leg_raise']);
const PALPATION = new Set<ExamFindingKind>(['tenderness', 'spasm', 'trigger_point', 'twitch_response', 'other']);
const OBSERVED = new Set<ExamFindingKind>(['swelling', 'atrophy', 'crepitus']);
const REGION_PART: Record<SpineRegion, BodyPart> = { cervical: 'cervical spine', thoracic: 'thoracic spine', lumbar: 'lumbar spine' };

/** Part classes from the exam lexicon (`parts`). */
export interface PartClasses {
  readonly spine: ReadonlySet<string>;
  /** Hand-, wrist- or foot-specific parts. */
  readonly specific: ReadonlySet<string>;
  /** Body-part entry ids naming a whole limb. */
  readonly limbEntries: ReadonlySet<string>;
  readonly notJoints: ReadonlySet<string>;
  /** Lower-cased body-part words that name no spine region ("paraspinals"). */
  readonly regionless: ReadonlySet<string>;
  /** Spine region whose roots serve a part. */
  readonly regionOf: (part: BodyPart) => SpineRegion | null;
  /**
   * Where the claim is of limb parts only (no spine part): its one injured part on the limb a part is on ("thigh"
   * for a knee claim: the knee), with the side the claim gives it; null where the claim names a spine part, or none
   * or two parts on that limb.
   */
  readonly claimPart?: (part: BodyPart) => { readonly part: BodyPart; readonly side: Side | null } | null;
  /** The document text the drafts' and mentions' offsets point into (for what stands between them). */
  readonly text?: string;
}

export interface Resolved {
  readonly bodyPart: BodyPart | null;
  readonly side: Side | null;
}


/** What may stand between a part and a motion for the part to name the part moved ("Lumbar ROM"): spaces on one line, no comma or semicolon. */
const ADJACENT_GAP = /^[ \t]{1,2}$/;

const ref = (m: BodyPartMention | undefined): PartRef | null =>
  m ? { part: m.part, side: m.side, region: m.region, limb: m.limb, entryId: m.entryId } : null;

/** Body part and side of `d` in a sentence with `mentions`; `palpationSide` is the sentence's last. */
export function resolveFinding(
  d: Draft, mentions: readonly BodyPartMention[], ctx: ExamContext, palpationSide: Side | null, k: PartClasses,
): Resolved {
  const SPINE = k.spine;
  const isJoint = (p: PartRef | null | undefined): p is PartRef =>
    !!p && !k.spine.has(p.part) && !k.limbEntries.has(p.entryId) && !k.notJoints.has(p.part);
  const label = ctx.labelPart;
  // "plantar flexion": a body word inside the motion's own name is not the part examined
  const inName = (m: BodyPartMention): boolean =>
    d.kind === 'range_of_motion' && !!d.qualifier && d.qualifier.toLowerCase().includes(m.text.toLowerCase());
  const inAside = (m: BodyPartMention): boolean => !!d.aside && m.start >= d.aside[0] && m.end <= d.aside[1];
  const ownMention = mentions.find((m) => m.start >= d.start && m.end <= d.end && !inName(m) && !inAside(m));
  // "tenderness over the paraspinals" under "Cervical spine:" is cervical
  const vague = ownMention && k.regionless.has(ownMention.text.toLowerCase()) && label && k.spine.has(label.part);
  const own = vague ? label : ref(ownMention);
  const priorMention = [...mentions].reverse().find((m) => m.end <= d.start);
  const prior = ref(priorMention);
  // a label ("Cervical spine:") says more about a motion than a part named in passing
  // "forward flexion to 50 degrees, tenderness over the lumbar paraspinals": with no part before it, a motion takes the sentence's next one
  const next = d.kind === 'range_of_motion' ? ref(mentions.find((m) => m.start >= d.end)) : null;
  // ... but not about one named right before it ("Lumbar ROM is restricted" on a line under "Left shoulder:")
  const adjacent = d.kind === 'range_of_motion' && priorMention && k.text !== undefined && ADJACENT_GAP.test(k.text.slice(priorMention.end, d.start)) ? prior : null;
  const context = d.kind === 'range_of_motion' ? adjacent ?? label ?? prior ?? ctx.previousPart ?? next : prior ?? label ?? ctx.previousPart;
  // muscles and reflex sites named in a neurologic sentence are not the joint examined
  const jointContext = adjacent ? (isJoint(adjacent) ? adjacent : null)
    : isJoint(label) ? label
    : NEURO_KINDS.has(d.kind) ? null
    : isJoint(prior) ? prior : isJoint(ctx.previousPart) ? ctx.previousPart : null;
  // "Quadriceps strength was 4+/5" with no label in a knee claim: with no spine complaint, strength with no root
  // level is tested for the injured joint of its limb, and has that joint's side when it states none
  const strengthJoint = d.kind === 'motor_strength' && !label && !d.levelRegion && !d.specificPart && d.defaultPart
    && !(own && (k.limbEntries.has(own.entryId) || k.spine.has(own.part))) ? k.claimPart?.(d.defaultPart) ?? null : null;
  // "an ache radiating from the knee down the front of the shin. Examination showed ... a moderate effusion": a
  // whole limb named before is no joint examined; in a claim of limb parts it stands for the claim's part on it
  const limbClaim = !NEURO_KINDS.has(d.kind) && !own && !d.columnPart && context && k.limbEntries.has(context.entryId)
    ? k.claimPart?.(context.part) ?? null : null;
  let bodyPart: BodyPart | null;
  if (strengthJoint) bodyPart = strengthJoint.part;
  else if (NEURO_KINDS.has(d.kind)) {
    const region = d.levelRegion ?? own?.region ?? context?.region
      ?? (d.defaultPart ? k.regionOf(d.defaultPart) : null) ?? mentions.find((m) => m.region)?.region ?? null;
    if (d.specificPart && d.defaultPart) bodyPart = d.defaultPart;
    else if (d.kind !== 'straight_leg_raise' && own && k.specific.has(own.part) && !d.levelRegion) bodyPart = own.part;
    else if (d.kind !== 'straight_leg_raise' && !d.levelRegion && jointContext && !(own && k.limbEntries.has(own.entryId))) bodyPart = jointContext.part;
    else if (d.kind === 'straight_leg_raise') bodyPart = 'lumbar spine';
    else bodyPart = region ? REGION_PART[region] : d.defaultPart;
  } else if (d.kind === 'special_test') {
    // the test's own joint beats words in its result ("reproduces pain into the arm")
    const placed = d.placeAt !== undefined ? mentions.find((m) => m.start >= d.placeAt! && m.start - d.placeAt! <= 12) : undefined;
    bodyPart = placed?.part ?? (isJoint(label) ? label.part : null) ?? d.defaultPart ?? own?.part ?? context?.part ?? null;
  } else if (d.kind === 'gait') {
    // gait belongs to the region under examination, not to a leg named in passing
    bodyPart = own?.part ?? label?.part ?? null;
  } else {
    // a measure of one part whatever the label names ("Neck: ... Grip (kg) 16 24" is the hand's grip)
    bodyPart = d.specificPart && d.defaultPart ? d.defaultPart : d.columnPart ?? own?.part ?? limbClaim?.part ?? context?.part ?? d.defaultPart;
  }
  const spine = bodyPart !== null && SPINE.has(bodyPart);
  const sideOfContext = d.columnPart ? null : !spine && jointContext ? jointContext.side ?? sideOfSame(jointContext.part, d, mentions, ctx)
    // the joint's side, else none (the claim's side is the caller's)
    : strengthJoint ? strengthJoint.side : limbClaim && bodyPart === limbClaim.part ? limbClaim.side : null;
  let side: Side | null = d.side ?? (own && !SPINE.has(own.part) ? own.side : null);
  if (!side) {
    if (d.kind === 'range_of_motion') side = d.lateralMotion ? null : sideOfContext;
    else if (d.kind === 'straight_leg_raise' || d.kind === 'gait') side = null;
    else if (strengthJoint) side = sideOfContext;
    else if (NEURO_KINDS.has(d.kind)) side = sideOfContext ?? 'bilateral';
    else if (PALPATION.has(d.kind)) side = palpationSide ?? sideOfContext;
    // "tenderness at the right fifth metatarsal and mild swelling of the lateral midfoot": a sign of
    // the same sentence's palpated place takes its side when nothing else gives one
    else if (OBSERVED.has(d.kind)) side = sideOfContext ?? (d.negated ? null : palpationSide);
    else side = sideOfContext;
  }
  // "SI joint provocation tests (left):" over a list, "left sacral sulcus (positive Fortin finger test)":
  // a test of a sided spine part (the sacroiliac joint) takes the side its label or sentence gives that part
  if (!side && d.kind === 'special_test') side = label?.side ?? (spine && bodyPart ? sideOfSame(bodyPart, d, mentions, ctx) : null);
  return { bodyPart, side };
}

/**
 * The side of the last mention of `part` that states one: earlier in the sentence, else the part
 * named in the sentences before ("a small right knee effusion ... the knee was stable").
 */
function sideOfSame(part: BodyPart, d: Draft, mentions: readonly BodyPartMention[], ctx: ExamContext): Side | null {
  const before = [...mentions].reverse().find((m) => m.end <= d.start && m.part === part && m.side);
  if (before) return before.side;
  return ctx.previousPart?.part === part ? ctx.previousPart.side : null;
}

/** Whether a kind passes its side on to later palpation findings in the sentence. */
export function isPalpation(kind: ExamFindingKind): boolean {
  return PALPATION.has(kind) && kind !== 'other';
}
