/**
 * A longest-first alternation of literal terms written as a trie, so V8 tests a shared prefix once
 * instead of once per term ("s(?:traight(?:...)|eated ...)" for hundreds of test names).
 *
 * Each term is given as its regex pieces: one per character, then its end test (`\b`, a
 * look-ahead, or ""). The trie picks the same match as the flat list sorted longest first:
 * inserted longest first, every node tries its longer continuations before the end test of a
 * term that ends there; and at a node whose next pieces cannot both match the same text, only one
 * continuation can match. Where two of them can (a space piece `[\s-]+` and a hyphen, or letters
 * equal but for case), that node's terms are written as the flat list, in the given order.
 */

interface Node {
  readonly next: Map<string, Node>;
  /** The remaining pieces of every term through this node, in the order given. */
  readonly tails: string[][];
}

/** Whether two next pieces can match the same text (the pattern ignores case; `gap` takes blanks and hyphens). */
function overlap(a: string, b: string, gap: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const blank = (x: string): boolean => x === '-' || /^\s$/.test(x);
  return (a === gap && blank(b)) || (b === gap && blank(a));
}

/**
 * The alternation of `terms` (each its pieces, already sorted longest first), for a
 * case-insensitive pattern; `gap` is the piece a space is written as.
 */
export function termTrie(terms: ReadonlyArray<readonly string[]>, gap: string): string {
  const root: Node = { next: new Map(), tails: [] };
  for (const units of terms) {
    let node = root;
    node.tails.push([...units]);
    for (let i = 0; i < units.length; i++) {
      let child = node.next.get(units[i]!);
      if (!child) node.next.set(units[i]!, (child = { next: new Map(), tails: [] }));
      child.tails.push(units.slice(i + 1));
      node = child;
    }
  }
  const emit = (node: Node): string => {
    const keys = [...node.next.keys()];
    if (keys.length === 0) return '';
    const forks = keys.some((a, i) => keys.some((b, j) => j > i && overlap(a, b, gap)));
    const branches = forks ? node.tails.map((t) => t.join('')) : [...node.next].map(([unit, child]) => unit + emit(child));
    return branches.length === 1 && !forks ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return `(?:${emit(root)})`;
}
