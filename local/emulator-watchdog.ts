/**
 * Watches the emulators of a running stack. An emulator that stops answering
 * (its server closed, a crash caught somewhere, a hung event loop in a child)
 * must not leave `npm start` running half dead: after `failures` missed checks
 * in a row the watchdog reports which one died, once.
 */
export interface EmulatorProbe {
  name: string;
  /** Resolves when the emulator answers a cheap request; rejects otherwise. */
  check(): Promise<unknown>;
}

export function watchEmulators(
  probes: EmulatorProbe[],
  onDead: (name: string, reason: string) => void,
  options: { intervalMs?: number; failures?: number; timeoutMs?: number } = {},
): () => void {
  const { intervalMs = 2_000, failures = 3, timeoutMs = 5_000 } = options;
  const missed = new Map<string, number>();
  let done = false;
  let running = false;

  const tick = async () => {
    if (running || done) return;
    running = true;
    try {
      await Promise.all(
        probes.map(async (probe) => {
          try {
            await withTimeout(probe.check(), timeoutMs);
            missed.set(probe.name, 0);
          } catch (e) {
            const count = (missed.get(probe.name) ?? 0) + 1;
            missed.set(probe.name, count);
            if (count >= failures && !done) {
              done = true;
              clearInterval(timer);
              onDead(probe.name, (e as Error).message);
            }
          }
        }),
      );
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => {
    done = true;
    clearInterval(timer);
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
