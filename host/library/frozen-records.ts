// The host's records in memory (each article's claims) are frozen all the way down once they
// are read or made: an edit in place fails loudly instead of going unsaved, and a record that
// is known to be frozen is known to be exactly as it was when it was last checked or
// serialised, so the answers that carry it can reuse that work (host/answer-check.ts,
// web-host/answer-body.ts).

/** The values deepFreeze was called on, each frozen with everything in it. */
const deeplyFrozen = new WeakSet<object>();

function freezeAll(value: unknown): void {
  if (typeof value !== 'object' || value === null || deeplyFrozen.has(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) freezeAll(inner);
}

/** Freezes a value and everything in it, so an edit in place fails loudly instead of going unsaved. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || deeplyFrozen.has(value)) return value;
  freezeAll(value);
  deeplyFrozen.add(value);
  return value;
}

/** Whether `value` was frozen, with everything in it, by deepFreeze: it cannot have changed since. */
export function isDeeplyFrozen(value: unknown): value is object {
  return typeof value === 'object' && value !== null && deeplyFrozen.has(value);
}
