// The browser host's exports: each one is written (all of it or nothing) to a file of its own
// in the host's folder, then offered once at /download/<random id>; the first GET of it streams
// the file to the browser and deletes it. What is left when the host closes goes with the folder.

import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { writeExportFile } from '../host/export-writer';
import type { ExportFile } from '../shared/export/export-file';

export const DOWNLOAD_PATH_PREFIX = '/download/';

export interface WaitingDownload {
  path: string;
  fileName: string;
  mimeType: string;
}

export class ExportDownloads {
  private readonly waiting = new Map<string, WaitingDownload>();
  private readonly folder: string;

  private constructor(folder: string) {
    this.folder = folder;
  }

  static async open(): Promise<ExportDownloads> {
    return new ExportDownloads(await mkdtemp(join(tmpdir(), 'claimmark-exports-')));
  }

  /** Writes the export to its own file and returns the id of the address it waits at. */
  async add(file: ExportFile): Promise<string> {
    const id = randomBytes(16).toString('hex');
    const path = join(this.folder, id);
    await writeExportFile(path, file.chunks);
    this.waiting.set(id, { path, fileName: file.fileName, mimeType: file.mimeType });
    return id;
  }

  /** The download waiting at `id`, taken so that no later request finds it; undefined when there is none. */
  take(id: string): WaitingDownload | undefined {
    const download = this.waiting.get(id);
    this.waiting.delete(id);
    return download;
  }

  async close(): Promise<void> {
    this.waiting.clear();
    await rm(this.folder, { recursive: true, force: true });
  }
}

/** Streams the download's file as an attachment, then deletes it, whether or not the browser read all of it. */
export async function sendDownload(response: ServerResponse, download: WaitingDownload, headers: OutgoingHttpHeaders): Promise<void> {
  try {
    const { size } = await stat(download.path);
    response.writeHead(200, {
      ...headers,
      'Content-Type': download.mimeType,
      'Content-Length': size,
      'Content-Disposition': contentDisposition(download.fileName),
    });
    await pipeline(createReadStream(download.path), response);
  } finally {
    await rm(download.path, { force: true });
  }
}

/**
 * RFC 6266: the exact name in UTF-8 (RFC 8187), which browsers use, and for older readers a
 * plain ASCII one with every other character as "_".
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
