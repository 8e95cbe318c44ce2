// What the library, service and web-host tests share: a throw-away data folder, fixed
// time and predictable ids, and the bundled sample article.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError, type ApiErrorCode } from '../../../shared/api';

/** The sample article the app bundles (data/ at the project root). */
export const SAMPLE_ARTICLE_PATH = fileURLToPath(
  new URL('../../../data/putin-open-to-negotiations-with-ukraine.txt', import.meta.url),
);

export async function makeTempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `claimmark-${label}-`));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** `newId` for the service: UUID-shaped ids that count up from ...0001. */
export function idCounter(after = 0): () => string {
  let next = after;
  return () => {
    next += 1;
    return `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  };
}

/** The n-th id an `idCounter` hands out. */
export function nthId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** A clock that stands still until the test moves it. */
export class TestClock {
  private time: number;

  constructor(iso: string) {
    this.time = Date.parse(iso);
  }

  readonly now = (): Date => new Date(this.time);

  advance(milliseconds: number): void {
    this.time += milliseconds;
  }
}

export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/** The ApiError a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function apiErrorOf(promise: Promise<unknown>): Promise<{ code: ApiErrorCode; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an ApiError, but the promise resolved');
}
