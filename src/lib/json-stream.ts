/**
 * JSON written piece by piece, byte for byte what `JSON.stringify(value,
 * null, 2)` writes, for exports better not held as one string (the claim
 * shards of `claims.json` and the pages of `annotations.jsonld`, a few MB
 * each, read one article's details after another).
 *
 * A `LazyArray` stands for an array whose items are produced one at a time
 * (e.g. one article's claims after another, each read from its file); the
 * objects around it are written key by key. Everything else is written with
 * `JSON.stringify`. Pure, unit tested.
 */

export class LazyArray<T = unknown> {
  constructor(readonly items: AsyncIterable<T> | Iterable<T>) {}
}

function containsLazy(value: unknown): boolean {
  if (value instanceof LazyArray) return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).some(containsLazy);
}

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep (every line after the first indented). */
function plain(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** The pieces of `JSON.stringify(value, null, 2)`, with every `LazyArray` written item by item. */
export async function* jsonPieces(value: unknown, depth = 0): AsyncGenerator<string> {
  if (value instanceof LazyArray) {
    let first = true;
    for await (const item of value.items) {
      yield `${first ? '[' : ','}\n${'  '.repeat(depth + 1)}`;
      yield* jsonPieces(item, depth + 1);
      first = false;
    }
    yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
    return;
  }
  if (!containsLazy(value)) {
    yield plain(value, depth);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined && typeof item !== 'function');
  let first = true;
  for (const [key, item] of entries) {
    yield `${first ? '{' : ','}\n${'  '.repeat(depth + 1)}${JSON.stringify(key)}: `;
    yield* jsonPieces(item, depth + 1);
    first = false;
  }
  yield first ? '{}' : `\n${'  '.repeat(depth)}}`;
}

/** A response body streaming the JSON (and a final line break), encoded as UTF-8 in chunks of about `chunkSize` characters. */
export function jsonStream(value: unknown, chunkSize = 1 << 16): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let buffer = '';
    for await (const piece of jsonPieces(value)) {
      buffer += piece;
      if (buffer.length >= chunkSize) {
        yield encoder.encode(buffer);
        buffer = '';
      }
    }
    yield encoder.encode(`${buffer}\n`);
  }
  const source = chunks();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await source.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}
