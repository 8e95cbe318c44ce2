// JSON written in pieces, byte for byte what serializeJson writes for the same value: the
// lists and objects built with JsonList and JsonRecord are written one part after another,
// their items made only when they are written, so a large export is never one string.

/** A value, where any array may be a JsonList and any object a JsonRecord of the same shape. */
export type Streamable<T> = T extends readonly (infer E)[] ? T | JsonList<E> : T extends object ? T | JsonRecord<T> : T;

/** A list whose items are made as they are written, a few at a time. */
export class JsonList<E> {
  constructor(readonly items: () => Iterable<Streamable<E>>) {}

  /** `map` over `source()` lazily; `source` runs again each time the list is read. */
  static of<S, E>(source: () => Iterable<S>, map: (item: S) => Streamable<NoInfer<E>>): JsonList<E> {
    return new JsonList<E>(function* () {
      for (const item of source()) yield map(item);
    });
  }
}

/** An object whose fields are written one after another (a JsonList in it in its own pieces). */
export class JsonRecord<T extends object> {
  constructor(readonly fields: { [K in keyof T]: Streamable<T[K]> }) {}
}

/**
 * Items stringified together. Measured on 10,000 claims: V8 allocates every string over
 * 128 KiB afresh, outside its young heap, and batches of 64 claims (about 150 KiB of
 * two-byte text each) took three times as long to write as batches of 16.
 */
const BATCH_SIZE = 16;

/** The value as a plain one: every JsonList an array, every JsonRecord an object. */
export function materialize<T>(value: Streamable<T>): T {
  return plain(value) as T;
}

function plain(value: unknown): unknown {
  if (value instanceof JsonList) return Array.from(value.items() as Iterable<unknown>, plain);
  if (value instanceof JsonRecord) return Object.fromEntries(Object.entries(value.fields as object).map(([key, field]) => [key, plain(field)]));
  return value;
}

/** Pretty-printed JSON (two spaces) with one final newline, in pieces that join to what serializeJson gives. */
export function* jsonChunks<T>(value: Streamable<T>): Generator<string> {
  yield* valueChunks(value, 0);
  yield '\n';
}

function valueChunks(value: unknown, depth: number): Generator<string> | [string] {
  if (value instanceof JsonList) return listChunks(value.items() as Iterable<unknown>, depth);
  if (value instanceof JsonRecord) return recordChunks(value.fields as object, depth);
  return [atDepth(value, depth)];
}

function* listChunks(items: Iterable<unknown>, depth: number): Generator<string> {
  const inner = `\n${indent(depth + 1)}`;
  let opened = false;
  const open = () => {
    const separator = opened ? `,${inner}` : `[${inner}`;
    opened = true;
    return separator;
  };
  let batch: unknown[] = [];
  const flush = () => {
    // The batch written as a list at this depth, less its brackets: its items with the
    // separators and indentation they have in the whole list.
    const text = atDepth(batch, depth);
    batch = [];
    return open() + text.slice(1 + inner.length, text.length - 2 - indent(depth).length);
  };
  for (const item of items) {
    if (item instanceof JsonList || item instanceof JsonRecord) {
      if (batch.length > 0) yield flush();
      yield open();
      yield* valueChunks(item, depth + 1);
    } else {
      batch.push(item);
      if (batch.length === BATCH_SIZE) yield flush();
    }
  }
  if (batch.length > 0) yield flush();
  yield opened ? `\n${indent(depth)}]` : '[]';
}

function* recordChunks(fields: object, depth: number): Generator<string> {
  const inner = `\n${indent(depth + 1)}`;
  let opened = false;
  for (const [key, field] of Object.entries(fields)) {
    // JSON.stringify leaves out fields it cannot write; so must this.
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    yield `${opened ? ',' : '{'}${inner}${JSON.stringify(key)}: `;
    opened = true;
    yield* valueChunks(field, depth + 1);
  }
  yield opened ? `\n${indent(depth)}}` : '{}';
}

/**
 * `value` as JSON.stringify(…, null, 2) writes it `depth` levels down: its first line not
 * indented, the others by `depth` levels more. Stringified inside `depth` one-item lists,
 * then cut out, so the indenting is JSON.stringify's own, not a rewrite of its lines.
 */
function atDepth(value: unknown, depth: number): string {
  if (depth === 0 || typeof value !== 'object' || value === null) return JSON.stringify(value, null, 2) ?? 'null';
  let nested: unknown = value;
  for (let level = 0; level < depth; level += 1) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  // Wrapping list i opens with indent(i) + "[\n" and closes with "\n" + indent(i) + "]"; the
  // value's first line then starts after indent(depth).
  return text.slice(depth * depth + 3 * depth, text.length - (depth * depth + depth));
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}
