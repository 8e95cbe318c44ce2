import { appendFileSync, close, createWriteStream, open, write, writeFileSync, writev } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeChunks, writeExportFile } from '../../../host/export-writer';

let folder: string;
let target: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimmark-export-writer-'));
  target = join(folder, 'claims.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Pieces that fail after `before` of them, as an exporter with a bug would. */
function* failingAfter(before: number): Generator<string> {
  for (let index = 0; index < before; index += 1) yield `piece ${index}\n`;
  throw new Error('the exporter broke');
}

/** A stream into a new file that fails on its `failOn`th write, as a full disk would, with what came before on disk. */
function failingStream(failOn: number): (path: string) => Writable {
  return (path) => {
    writeFileSync(path, '', { flag: 'wx' });
    let writes = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        writes += 1;
        if (writes === failOn) {
          done(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
          return;
        }
        appendFileSync(path, chunk);
        done();
      },
    });
  };
}

describe('writeExportFile', () => {
  it('writes the pieces in order, as UTF-8, and leaves nothing else in the folder', async () => {
    await writeExportFile(target, ['{\n', '  "quote": "Flags 🇺🇦 — “3.9%”"', '\n}\n']);
    expect(await readFile(target, 'utf8')).toBe('{\n  "quote": "Flags 🇺🇦 — “3.9%”"\n}\n');
    expect(await readdir(folder)).toEqual(['claims.json']);
  });

  it('writes many pieces larger together than what may wait for the disk', async () => {
    const piece = `${'x'.repeat(99_999)}\n`;
    await writeExportFile(target, Array.from({ length: 60 }, () => piece));
    const written = await readFile(target, 'utf8');
    expect(written.length).toBe(6_000_000);
    expect(written.slice(99_990, 100_010)).toBe(`${'x'.repeat(9)}\n${'x'.repeat(10)}`);
  });

  it('replaces a file that is there only once the new one is complete', async () => {
    await writeFile(target, 'the export before');
    await writeExportFile(target, ['the ', 'export ', 'after']);
    expect(await readFile(target, 'utf8')).toBe('the export after');
    expect(await readdir(folder)).toEqual(['claims.json']);
  });

  it('leaves no file, half or whole, when the pieces fail mid-way', async () => {
    await expect(writeExportFile(target, failingAfter(3))).rejects.toThrow('the exporter broke');
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves the earlier file as it was when the pieces fail mid-way', async () => {
    await writeFile(target, 'the export before');
    await expect(writeExportFile(target, failingAfter(2))).rejects.toThrow('the exporter broke');
    expect(await readFile(target, 'utf8')).toBe('the export before');
    expect(await readdir(folder)).toEqual(['claims.json']);
  });

  it('leaves no file when the pieces fail while the file is still being opened, as on a busy disk', async () => {
    let opened!: () => void;
    const openedLate = new Promise<void>((resolve) => {
      opened = resolve;
    });
    const slowToOpen = (path: string): Writable =>
      createWriteStream(path, {
        flags: 'wx',
        fs: {
          open: (file: string, flags: string, mode: number, done: (error: Error | null, fd: number) => void) =>
            setTimeout(() => {
              open(file, flags, mode, (error, fd) => {
                done(error, fd);
                opened();
              });
            }, 50),
          write,
          writev,
          close,
        },
      });
    await expect(writeExportFile(target, failingAfter(0), slowToOpen)).rejects.toThrow('the exporter broke');
    await openedLate;
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves no file when the disk fails mid-way, and passes on the disk’s error', async () => {
    const pieces = Array.from({ length: 5 }, (_, index) => `piece ${index}\n`);
    await expect(writeExportFile(target, pieces, failingStream(3))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a folder that does not exist, with the system’s error', async () => {
    await expect(writeExportFile(join(folder, 'missing', 'claims.json'), ['x'])).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('writeChunks', () => {
  it('waits for a slow stream instead of piling the pieces up in it', async () => {
    const received: string[] = [];
    let mostWaiting = 0;
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString('utf8'));
        mostWaiting = Math.max(mostWaiting, slow.writableLength);
        setImmediate(done);
      },
    });
    await writeChunks(
      Array.from({ length: 20 }, (_, index) => `${index};`),
      slow,
    );
    expect(received.join('')).toBe('0;1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;');
    expect(mostWaiting).toBeLessThanOrEqual(8);
  });
});
