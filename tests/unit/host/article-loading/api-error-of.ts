// The ApiError a loader throws, for tests that check its code and message.
import { ApiError } from '../../../../shared/api';

/** The ApiError `run` throws; fails the test if it throws something else or nothing. */
export function apiErrorOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError, but nothing was thrown');
}
