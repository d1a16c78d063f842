/** Locating the installed package, whether code runs from src/ (tests) or dist/ (CLI). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding chartfacts' package.json and lexicons/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'lexicons'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('cannot find the chartfacts package root (package.json next to lexicons/)');
}
