// Giving the page a turn between long pieces of work: the next task, or once the next frame is on
// screen (a task queued from inside a frame callback runs after that frame is drawn and committed;
// a hidden page draws no frames, so a timer also fires it).

/** Resolves in a task of its own, after the page has had a turn (input, timers, a frame). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Calls `work` once, after the next frame is drawn (or after `fallbackMs` if none is). */
export function afterNextFrame(work: () => void, fallbackMs = 1000): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    work();
  };
  const timer = setTimeout(run, fallbackMs);
  requestAnimationFrame(() => setTimeout(run, 0));
}
