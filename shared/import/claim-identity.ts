// The id an imported claim has in the library, made from the one its file gives.

import { v5 as uuidv5 } from 'uuid';
import { idSchema } from '../model';

/** Names ids made from another tool's ids (UUID version 5 of the id in this namespace); fixed for good, or re-imports stop matching. */
const FOREIGN_ID_NAMESPACE = '5d1f3a9e-8c2b-4f6e-9a7d-3b0c1e2f4a5b';

/**
 * The id a claim of the file has in the library: its own when ClaimMark could have made it,
 * else one made from it (an address, say), the same at every import of the file.
 */
export function libraryIdOf(id: string): { id: string; derived: boolean } {
  return idSchema.safeParse(id).success && /^[A-Za-z0-9._:-]+$/.test(id) ? { id, derived: false } : { id: uuidv5(id, FOREIGN_ID_NAMESPACE), derived: true };
}
