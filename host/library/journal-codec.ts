// The lines of an article's change journal, `articles/<id>.json` → `<id>.journal`: one JSON
// line per claim change, numbered, and how a journal is replayed on top of the article file.
// A damaged line ends the replay there: what came before it counts, it and the rest do not.
// A line written by format version 2 or 3 (left by a crash before an upgrade) is read as the current version; a version-4 line already is one.

import { z } from 'zod';
import { claimSchema, idSchema, type Claim } from '../../shared/model';
import { jsonInTurns, withLineEnd, type TextPieces } from './json-in-turns';
import { claimV2Schema, claimV3Schema, migrateClaimV2, migrateClaimV3 } from './format-migrations';

const claimOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('put'), claim: z.union([claimSchema, claimV3Schema.transform(migrateClaimV3), claimV2Schema.transform(migrateClaimV2)]) }),
  z.strictObject({ op: z.literal('delete'), claimId: idSchema }),
]);
/** Put: replace the claim with that id where it stands, or add it at the end. Delete: remove it. */
export type ClaimOp = z.infer<typeof claimOpSchema>;

const entrySchema = z.strictObject({ seq: z.int().positive(), ops: z.array(claimOpSchema) });

export function encodeEntry(seq: number, ops: readonly ClaimOp[]): string {
  return `${JSON.stringify({ seq, ops })}\n`;
}

/** encodeEntry's line in pieces, made in turns: an import's one change may put tens of thousands of claims. */
export async function encodeEntryInTurns(seq: number, ops: readonly ClaimOp[]): Promise<TextPieces> {
  return withLineEnd(await jsonInTurns({ seq, ops }, 0));
}

/**
 * Puts of claims whose JSON text is at hand already (an import's, as the article worker wrote
 * it): `text` is the inside of the list of their ops, in pieces that join with commas, saying
 * `{"op":"put","claim":…}` of each of `claims`, in order. Their line is then written from
 * that text instead of being made again.
 */
export interface PutsAsText {
  claims: readonly Claim[];
  text: TextPieces;
}

/** One change as its journal line says it: its ops, and their text when it is at hand. */
export interface JournalChange {
  ops: readonly ClaimOp[];
  written: PutsAsText | null;
}

/** Whether a change's ops are exactly the puts `written` says, one for one and in order. */
export function saysOps(written: PutsAsText, ops: readonly ClaimOp[]): boolean {
  return ops.length === written.claims.length && written.text.length > 0 && ops.every((op, index) => op.op === 'put' && op.claim === written.claims[index]);
}

/** encodeEntry's line (the same text) for puts whose JSON text is at hand. */
export function entryOfText(seq: number, written: PutsAsText): TextPieces {
  return written.text.map((piece, index) => `${index === 0 ? `{"seq":${seq},"ops":[` : ','}${piece}${index === written.text.length - 1 ? ']}\n' : ''}`);
}

/** Applies ops to a list of claims, giving a new list; the claims themselves are not changed. */
export function applyOps(claims: readonly Claim[], ops: readonly ClaimOp[]): Claim[] {
  // A deleted claim leaves a hole until the end, so many deletes stay one pass.
  const next: (Claim | null)[] = [...claims];
  const at = new Map(claims.map((claim, index) => [claim.id, index]));
  for (const op of ops) {
    if (op.op === 'put') {
      const index = at.get(op.claim.id);
      if (index === undefined) at.set(op.claim.id, next.push(op.claim) - 1);
      else next[index] = op.claim;
    } else {
      const index = at.get(op.claimId);
      if (index !== undefined) next[index] = null;
      at.delete(op.claimId);
    }
  }
  return next.filter((claim) => claim !== null);
}

export interface JournalDamage {
  /** The 1-based line where the damage starts. */
  line: number;
  reason: string;
  /** Lines left out: the damaged one and every one after it. */
  dropped: number;
}

export interface Replay {
  claims: Claim[];
  /** The highest sequence number in the journal's good lines (or `folded` when none is newer). */
  lastSeq: number;
  /** Good lines applied (newer than `folded`). */
  applied: number;
  damage: JournalDamage | null;
}

function damageOf(text: string, line: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return text.endsWith('\n') ? 'a line is not valid JSON' : 'the last line was cut short';
  }
  return entrySchema.safeParse(raw).success ? null : 'a line is not a valid claim change';
}

/**
 * Replays journal text on the claims of an article file that already holds every change up
 * to `folded`: older lines are skipped (a compaction that wrote the file but died before it
 * removed the journal), newer ones must follow one another without a gap.
 */
export function replayJournal(claims: readonly Claim[], folded: number, text: string): Replay {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let current = [...claims];
  let lastSeq = folded;
  let applied = 0;
  for (const [index, line] of lines.entries()) {
    const bad = damageOf(text, line);
    const entry = bad === null ? entrySchema.parse(JSON.parse(line)) : null;
    const gap = entry !== null && entry.seq > lastSeq + 1 ? `change ${lastSeq + 1} is missing` : null;
    const reason = bad ?? gap;
    if (reason !== null || entry === null) {
      return { claims: current, lastSeq, applied, damage: { line: index + 1, reason: reason ?? '', dropped: lines.length - index } };
    }
    if (entry.seq <= lastSeq) continue;
    current = applyOps(current, entry.ops);
    lastSeq = entry.seq;
    applied += 1;
  }
  return { claims: current, lastSeq, applied, damage: null };
}
