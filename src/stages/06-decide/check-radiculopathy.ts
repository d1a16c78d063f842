/** The `radiculopathy` predicate: is the patient's radiculopathy status one of the listed ones? */
import type { RadiculopathyMention } from '../../types/facts.js';
import type { RadiculopathyStatus, SpineRegion } from '../../types/vocab.js';
import type { DecideContext, PredicateResult } from './decide-context.js';
import { requestRegion } from './request-region.js';

interface RadiculopathyParams {
  statusIn: RadiculopathyStatus[];
  unknownIn?: RadiculopathyStatus[];
  sameRegion?: boolean;
  regions?: SpineRegion[];
}

/**
 * Status from the patient's own mentions, by the contract's rule (any affirmed → present; else a
 * suspicion → possible; else negated/historical only → absent; else not mentioned). Recomputed
 * here, not read from `radiculopathy.status`, because mentions in the rationale were dropped and
 * because a region filter changes the answer (cervical radiculopathy says nothing about the back).
 */
function statusOf(mentions: readonly RadiculopathyMention[]): RadiculopathyStatus {
  if (mentions.some((m) => m.assertion === 'affirmed')) return 'present';
  if (mentions.some((m) => m.assertion === 'hypothetical')) return 'possible';
  if (mentions.length > 0) return 'absent';
  return 'not_mentioned';
}

/**
 * Met when the (region-filtered) status is in `statusIn`, unknown when in `unknownIn`, else not met.
 * With a region, mentions naming that region decide; unlocalised mentions count only when none do.
 */
export function checkRadiculopathy(p: RadiculopathyParams, ctx: DecideContext): PredicateResult {
  const regions = p.regions ?? (p.sameRegion ? [requestRegion(ctx.request.bodyPart)].filter((r): r is SpineRegion => r !== null) : []);
  const own = ctx.facts.radiculopathy.mentions.filter((m) => m.subject === 'patient');
  // Mentions that name the region outrank unlocalised ones ("no radicular symptoms in the legs"
  // settles the low back even when "rule out radiculopathy" elsewhere names no region).
  const localised = own.filter((m) => m.region !== null && regions.includes(m.region));
  const mentions = regions.length === 0 ? own : localised.length > 0 ? localised : own.filter((m) => m.region === null);
  const status = statusOf(mentions);
  const verdict = p.statusIn.includes(status) ? 'met' : p.unknownIn?.includes(status) ? 'unknown' : 'not_met';
  const where = regions.length > 0 ? ` (${regions.join('/')})` : '';
  const relevant = mentions.filter((m) => statusOf([m]) === status);
  return { status: verdict, evidence: relevant.map((m) => m.evidence), notes: [`radiculopathy${where}: ${status.replace('_', ' ')}`] };
}
