// How an imported claim is known: the id it has in the library, made from the one its file
// gives, where it came from, and which claim of a library article it is again.

import { v5 as uuidv5 } from 'uuid';
import { idSchema, type Claim, type ClaimOrigin } from '../model';
import type { ImportedClaim, ImportKind } from './import-bundle';

/** Names ids made from another tool's ids (UUID version 5 of the id in this namespace); fixed for good, or re-imports stop matching. */
const FOREIGN_ID_NAMESPACE = '5d1f3a9e-8c2b-4f6e-9a7d-3b0c1e2f4a5b';

/**
 * The id a claim of the file has in the library: its own when ClaimMark could have made it,
 * else one made from it (an address, say), the same at every import of the file.
 */
export function libraryIdOf(id: string): { id: string; derived: boolean } {
  return idSchema.safeParse(id).success && /^[A-Za-z0-9._:-]+$/.test(id) ? { id, derived: false } : { id: uuidv5(id, FOREIGN_ID_NAMESPACE), derived: true };
}

/** Where a claim of a file of this kind came from: what the file says, else the tool that wrote it and the claim's id there; null for ClaimMark's own. */
export function originOf(kind: ImportKind, claim: ImportedClaim): ClaimOrigin | null {
  if (claim.origin !== undefined) return claim.origin;
  return kind === 'native' ? null : { tool: kind, id: claim.id };
}

/** The claims of one library article by their ids and by the ids they had where they came from. */
export class KnownClaims {
  private readonly byId: Map<string, number>;
  private readonly byOrigin = new Map<string, number>();

  constructor(private readonly claims: readonly Claim[]) {
    this.byId = new Map(claims.map((claim, index) => [claim.id, index]));
    claims.forEach((claim, index) => {
      if (claim.origin !== undefined && !this.byOrigin.has(claim.origin.id)) this.byOrigin.set(claim.origin.id, index);
    });
  }

  /**
   * The claim an imported one is again, and its place: first the one that came from where it
   * did (a claim re-exported by another library carries its first tool's id there), then the
   * one with its id as it is (an older claim may have any id), else the id made from it. A
   * claim in `taken` (matched already by this file) is not matched twice.
   */
  find(id: string, origin: ClaimOrigin | null, taken: ReadonlySet<string>): { index: number; claim: Claim } | undefined {
    const places = [origin === null ? undefined : this.byOrigin.get(origin.id), this.byId.get(id), this.byId.get(libraryIdOf(id).id)];
    for (const index of places) {
      const claim = index === undefined ? undefined : this.claims[index];
      if (index !== undefined && claim !== undefined && !taken.has(claim.id)) return { index, claim };
    }
    return undefined;
  }
}
