// The messages between the host and its article worker: a job with an id, and an answer with
// the same id. An error crosses as its name, message and code, because a structured clone
// keeps neither an ApiError's class nor its code, and the analyst must read what they read
// when the work ran in the host.

import { ApiError, type ApiErrorCode } from '../../shared/api-error';
import type { ArticleJob } from './article-worker-jobs';

/** What the worker is started with. */
export interface ArticleWorkerData {
  /** Started ahead of its first job: it warms up its anchoring code before it takes any. */
  warmUp: boolean;
}

export interface ArticleWorkerRequest {
  id: number;
  job: ArticleJob;
}

export interface CarriedError {
  name: string;
  message: string;
  /** An ApiError's code; null for any other error. */
  code: ApiErrorCode | null;
  stack: string | null;
}

/** A job's answer, or word that the worker has started on it (its time budget counts from then). */
export type ArticleWorkerAnswer =
  | { id: number; started: true }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: CarriedError };

export function carryError(error: unknown): CarriedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), code: null, stack: null };
  return { name: error.name, message: error.message, code: error instanceof ApiError ? error.code : null, stack: error.stack ?? null };
}

/** The error again, in the host: an ApiError when it was one, else an Error with its name and message. */
export function rebuiltError(carried: CarriedError): Error {
  const error = carried.code === null ? new Error(carried.message) : new ApiError(carried.code, carried.message);
  error.name = carried.name;
  if (carried.stack !== null) error.stack = carried.stack;
  return error;
}
