type SchedulerWithYield = { yield?: () => Promise<void> };

/**
 * Lets the browser paint and answer input before a long job goes on: `scheduler.yield()` where there is
 * one (the job's continuation keeps its place ahead of other tasks), else a new task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
