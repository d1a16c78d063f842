/**
 * Word-level accuracy of OCR output against its source: 1 - (word edit distance / source words),
 * after collapsing whitespace. Substitutions, insertions and deletions each cost one.
 */
export function wordAccuracy(source: string, ocr: string): number {
  const ref = source.split(/\s+/).filter(Boolean);
  const hyp = ocr.split(/\s+/).filter(Boolean);
  if (ref.length === 0) return hyp.length === 0 ? 1 : 0;
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const cur = [i];
    for (let j = 1; j <= hyp.length; j++) {
      const same = ref[i - 1] === hyp[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + same);
    }
    prev = cur;
  }
  return 1 - prev[hyp.length]! / ref.length;
}
