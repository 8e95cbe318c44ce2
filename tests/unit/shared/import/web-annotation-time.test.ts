// Times from other tools are stored as ClaimMark writes its own, so "is it newer?" compares one
// time with one time, whatever precision or time zone the file used.

import { describe, expect, it } from 'vitest';
import { timeOrNull } from '../../../../shared/import/web-annotation-time';
import { WarningLog } from '../../../../shared/import/warning-log';

const read = (value: unknown) => {
  const warnings = new WarningLog();
  return { time: timeOrNull(value, 'annotation 1: modified', warnings), warnings: warnings.list() };
};

describe('a time read from a file', () => {
  it('is written in UTC with milliseconds, however the file wrote it', () => {
    expect(read('2025-06-02T09:20:00Z')).toEqual({ time: '2025-06-02T09:20:00.000Z', warnings: [] });
    expect(read('2025-06-02T09:20:00.5Z')).toEqual({ time: '2025-06-02T09:20:00.500Z', warnings: [] });
    expect(read('2025-06-02T09:15:42.123456Z')).toEqual({ time: '2025-06-02T09:15:42.123Z', warnings: [] });
    expect(read('2025-06-02T09:15:42.123456+00:00')).toEqual({ time: '2025-06-02T09:15:42.123Z', warnings: [] });
    expect(read('2025-06-02T11:20+02:00')).toEqual({ time: '2025-06-02T09:20:00.000Z', warnings: [] });
  });

  it('is left out, with a note, when it is no date and time', () => {
    expect(read('last Tuesday')).toEqual({ time: null, warnings: ['annotation 1: modified is not a date and time (a text); left out.'] });
    expect(read(null)).toEqual({ time: null, warnings: [] });
  });
});
