// The JSON text of a file that may hold tens of thousands of claims, made a slice at a time:
// the host's thread goes back to other calls between slices, so that writing a large article
// never holds a save up for long. The text is exactly JSON.stringify(value, null, indent).

import { setImmediate as nextTurn } from 'node:timers/promises';

/** Array elements written in one turn: about a millisecond or two of claims. */
const SLICE = 500;
/** Long arrays are looked for this deep (an article file's claims, an import record's claims per article). */
const DEPTH = 3;

/** The text in pieces, each of about SLICE elements, to be written one after another; one piece when the value has no long array. */
export type TextPieces = readonly string[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function hasLongArray(value: unknown, depth: number): boolean {
  if (depth > DEPTH) return false;
  if (Array.isArray(value)) return value.length > SLICE || value.some((element) => hasLongArray(element, depth + 1));
  return isPlainObject(value) && Object.values(value).some((member) => hasLongArray(member, depth + 1));
}

/** JSON.stringify of a value that stands `indent` deep, with its inner lines indented to match. */
function stringifyAt(value: unknown, indent: string, gap: string): string | undefined {
  const text = JSON.stringify(value, null, gap) as string | undefined;
  // A line break in JSON text is always between values: inside a string it is escaped.
  return text === undefined || indent === '' || gap === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** Members JSON.stringify leaves out of an object. */
function isLeftOut(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

class PieceWriter {
  readonly pieces: string[] = [];
  private current: string[] = [];

  constructor(private readonly gap: string) {}

  push(text: string): void {
    this.current.push(text);
  }

  /** Ends a piece, and lets other calls in before the next one is made. */
  async turn(): Promise<void> {
    this.pieces.push(this.current.join(''));
    this.current = [];
    await nextTurn();
  }

  finish(): string[] {
    if (this.current.length > 0) this.pieces.push(this.current.join(''));
    return this.pieces;
  }

  private breakAt(indent: string): string {
    return this.gap === '' ? '' : `\n${indent}`;
  }

  /** A long array, a slice of it per turn, each slice by one JSON.stringify: its elements' lines indented to stand where the array does. */
  private async longArray(value: readonly unknown[], indent: string): Promise<void> {
    this.push('[');
    for (let start = 0; start < value.length; start += SLICE) {
      if (start > 0) {
        this.push(',');
        await this.turn();
      }
      const text = JSON.stringify(value.slice(start, start + SLICE), null, this.gap);
      // "[" and "]" are left out, and with an indent also the line breaks after and before them.
      this.push(this.gap === '' ? text.slice(1, -1) : `\n${indent}${indent === '' ? text.slice(2, -2) : text.slice(2, -2).replaceAll('\n', `\n${indent}`)}`);
    }
    this.push(`${this.breakAt(indent)}]`);
  }

  async value(value: unknown, indent: string, depth: number): Promise<void> {
    if (depth > DEPTH || !(Array.isArray(value) || isPlainObject(value)) || !hasLongArray(value, depth)) {
      this.push(stringifyAt(value, indent, this.gap) ?? 'null');
      return;
    }
    const inner = indent + this.gap;
    if (Array.isArray(value) && value.length > SLICE) {
      await this.longArray(value, indent);
      return;
    }
    if (Array.isArray(value)) {
      this.push('[');
      for (const [index, element] of value.entries()) {
        this.push(`${index > 0 ? ',' : ''}${this.breakAt(inner)}`);
        await this.value(element, inner, depth + 1);
      }
      this.push(`${this.breakAt(indent)}]`);
      return;
    }
    const members = Object.entries(value).filter(([, member]) => !isLeftOut(member));
    this.push('{');
    for (const [index, [key, member]] of members.entries()) {
      this.push(`${index > 0 ? ',' : ''}${this.breakAt(inner)}${JSON.stringify(key)}:${this.gap === '' ? '' : ' '}`);
      await this.value(member, inner, depth + 1);
    }
    this.push(`${this.breakAt(indent)}}`);
  }
}

/** JSON.stringify(value, null, indent) as pieces; `indent` 0 for compact text. */
export async function jsonInTurns(value: unknown, indent: number): Promise<TextPieces> {
  const gap = ' '.repeat(indent);
  if (!hasLongArray(value, 0)) return [JSON.stringify(value, null, gap)];
  const writer = new PieceWriter(gap);
  await writer.value(value, '', 0);
  return writer.finish();
}

/** The pieces with a line break after the last, as a file or a journal line ends. */
export function withLineEnd(pieces: TextPieces): TextPieces {
  return [...pieces.slice(0, -1), `${pieces.at(-1) ?? ''}\n`];
}

/** The pieces as one string where they are one (small files are written as before), else the list. */
export function piecesOrText(pieces: TextPieces): string | TextPieces {
  return pieces.length === 1 ? (pieces[0] ?? '') : pieces;
}
