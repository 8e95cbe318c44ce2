// The largest files ClaimMark takes, and the words that say a file is over its limit: an
// article to open and a file of claims to import each have their own limit and sentence.

import { DEFAULT_IMPORT_LIMITS } from './import/import-error';

const MEGABYTE = 1024 * 1024;

/** Articles above this size are refused rather than parsed. */
export const ARTICLE_MAX_BYTES = 20 * MEGABYTE;

/** Files of claims to import above this size are refused rather than read. */
export const IMPORT_MAX_BYTES = DEFAULT_IMPORT_LIMITS.maxBytes;

function tenthsOfMegabyte(bytes: number): number {
  return Math.round((bytes / MEGABYTE) * 10);
}

/** A size over `limit` in MB with one decimal, never shown as the limit itself (20 MB and a byte reads 20.1 MB). */
function sizeOver(bytes: number, limit: number): string {
  return `${(Math.max(tenthsOfMegabyte(bytes), tenthsOfMegabyte(limit) + 1) / 10).toFixed(1)} MB`;
}

function limitText(limit: number): string {
  return `${tenthsOfMegabyte(limit) / 10} MB`;
}

/** `name` (a file name, or "The article") is over the article limit. */
export function articleTooLargeText(name: string, bytes: number): string {
  return `${name} is ${sizeOver(bytes, ARTICLE_MAX_BYTES)}; ClaimMark opens articles up to ${limitText(ARTICLE_MAX_BYTES)}.`;
}

/** `name` (a file name, or "The file to import") is over the import limit. */
export function importTooLargeText(name: string, bytes: number): string {
  return `${name} is ${sizeOver(bytes, IMPORT_MAX_BYTES)}; ClaimMark imports files up to ${limitText(IMPORT_MAX_BYTES)}.`;
}

/** A request to the browser host is over the `limit` it reads of one. */
export function requestTooLargeText(bytes: number, limit: number): string {
  return `This request is ${sizeOver(bytes, limit)}; ClaimMark takes requests up to ${limitText(limit)}.`;
}
