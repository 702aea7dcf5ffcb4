/**
 * The machine-readable exports' shard files are served gzip-compressed
 * (`.json.gz`, `.jsonld.gz`; contract in README.md, "claims.json"): JSON of
 * this kind compresses to about a twelfth, and a static host takes the
 * files as they are. Deterministic: Node's zlib writes no file name and a
 * modification time of 0, so the same JSON gives the same bytes (with the
 * same zlib, at the fixed level below).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export const GZIP_MEDIA_TYPE = 'application/gzip';
/** zlib's best compression: the files are written once per build and downloaded many times. */
export const GZIP_LEVEL = 9;

/** The gzip bytes of a text, or of a stream of UTF-8 bytes (read to its end). */
export async function gzipBytes(body: string | ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(await new Response(body).arrayBuffer());
  return new Uint8Array(gzipSync(bytes, { level: GZIP_LEVEL }));
}

/** A static endpoint's response: the body gzip-compressed, as a `.gz` file. */
export async function gzipResponse(body: string | ReadableStream<Uint8Array>): Promise<Response> {
  return new Response(await gzipBytes(body), { headers: { 'Content-Type': GZIP_MEDIA_TYPE } });
}

/** The text of gzip bytes (what a reader of the exports does). */
export const gunzipText = (bytes: Uint8Array): string => gunzipSync(bytes).toString('utf8');
