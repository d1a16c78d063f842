/**
 * Jaro-Winkler similarity from `natural`, imported from its own module file. The package's
 * index pulls in storage back-ends that call `dotenv.config()` at import, which reads a `.env`
 * from the working directory and prints banners to stdout — both unacceptable in a CLI whose
 * stdout is JSON and which handles health records.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const distance = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (
  a: string, b: string, options?: { ignoreCase?: boolean },
) => number;

/** Similarity in [0, 1]; 1 means identical. */
export function jaroWinkler(a: string, b: string, ignoreCase = false): number {
  return distance(a, b, { ignoreCase });
}
