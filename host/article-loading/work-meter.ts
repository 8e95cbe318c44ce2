// Counts the steps a parser takes over its input (characters scanned, tags read, nodes
// visited), so that tests can bound the work a hostile article costs without a clock.

/** Told how many steps were just taken. */
export type WorkMeter = (steps: number) => void;

/** The meter of every real load: the count goes nowhere. */
export const UNMETERED: WorkMeter = () => undefined;
