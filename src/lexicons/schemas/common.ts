/** Building blocks shared by the lexicon schemas. */
import { z } from 'zod';

/** A stable, unique, kebab- or snake-case id. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case kebab/snake case');

/**
 * Every lexicon file has the same envelope: a description for humans, optional settings, and
 * `entries` each with a unique `id`. `strictObject` rejects unknown keys, naming them.
 */
export function lexiconFile<E extends z.ZodTypeAny, S extends z.ZodRawShape = Record<never, never>>(
  entry: E,
  settings?: S,
) {
  return z.strictObject({
    description: z.string(),
    ...(settings ?? ({} as S)),
    entries: z.array(entry),
  });
}
