/** Selects the prior treatments a predicate is about. */
import type { PriorTreatment } from '../../types/facts.js';
import type { PriorTreatmentFilter } from '../../lexicons/schemas/guideline.js';
import type { DecideContext } from './decide-context.js';
import { compilePattern } from './compile-pattern.js';

/**
 * Prior treatments of the listed kinds whose drug/procedure matches `drugPattern` (when given)
 * and, with `sameBodyPart`, on the request's body part. A prior or request without a body part is
 * kept: records often name the drug but not the region it was taken for. With `sameDrug`, a prior
 * of another named drug is left out ("switch gabapentin to pregabalin" continues neither). With
 * `sameTreatment`, only priors of the requested treatment count (supportive counseling is no trial
 * of cognitive behavioral therapy).
 */
export function findPriorTreatments(filter: PriorTreatmentFilter, ctx: DecideContext): PriorTreatment[] {
  const want = ctx.request.bodyPart;
  return ctx.facts.priorTreatments.filter((p) => {
    if (!filter.treatment.includes(p.treatment)) return false;
    if (filter.drugPattern !== undefined) {
      const re = compilePattern(filter, filter.drugPattern);
      if (!re.test(`${p.drug ?? ''} ${p.procedure ?? ''}`)) return false;
    }
    if (filter.sameBodyPart && want && p.bodyPart && p.bodyPart !== want) return false;
    if (filter.sameDrug && ctx.request.drug && p.drug && p.drug !== ctx.request.drug) return false;
    if (filter.sameTreatment && p.treatment !== ctx.request.treatment) return false;
    return true;
  });
}
