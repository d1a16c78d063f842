/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
export interface ProgressBar {
  tick(failed: boolean): void;
  done(): void;
}

export function createProgressBar(total: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const enabled = stream.isTTY === true && total > 1;
  let doneCount = 0;
  let failed = 0;
  const started = Date.now();
  const draw = (): void => {
    if (!enabled) return;
    const width = 30;
    const filled = Math.round((doneCount / total) * width);
    const secs = (Date.now() - started) / 1000;
    const rate = doneCount / Math.max(secs, 0.001);
    const eta = rate > 0 ? Math.round((total - doneCount) / rate) : 0;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${doneCount}/${total} files, ${failed} failed, ${rate.toFixed(1)}/s, eta ${eta}s `);
  };
  return {
    tick(f: boolean) {
      doneCount++;
      if (f) failed++;
      draw();
    },
    done() {
      if (enabled) stream.write('\n');
    },
  };
}
