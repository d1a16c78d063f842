/**
 * Resolves on the first SIGTERM or SIGINT; a second one exits at once (status 130), for an
 * operator who does not want to wait out the graceful bound.
 */
export function waitForShutdown(onSecond: () => void = () => process.exit(130)): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let seen = false;
    const handler = (signal: NodeJS.Signals): void => {
      if (seen) return onSecond();
      seen = true;
      resolve(signal);
    };
    process.on('SIGTERM', handler);
    process.on('SIGINT', handler);
  });
}
