import { describe, expect, it } from 'vitest';
import { gunzipText, gzipBytes, gzipResponse } from './gzip-export.ts';

const stream = (text: string, pieces = 3) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const size = Math.ceil(text.length / pieces);
      for (let at = 0; at < text.length; at += size) controller.enqueue(new TextEncoder().encode(text.slice(at, at + size)));
      controller.close();
    },
  });

describe('gzip exports', () => {
  const json = `${JSON.stringify({ claims: Array.from({ length: 200 }, (_, i) => ({ id: `c-${i}`, text: 'Turnout rose to 61 per cent — «ok»' })) }, null, 2)}\n`;

  it('round-trips the text, from a string or a stream', async () => {
    expect(gunzipText(await gzipBytes(json))).toBe(json);
    expect(gunzipText(await gzipBytes(stream(json)))).toBe(json);
  });

  it('gives the same bytes every time, with no file name and a modification time of 0', async () => {
    const a = await gzipBytes(json);
    const b = await gzipBytes(stream(json, 7));
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect([a[0], a[1], a[2]]).toEqual([0x1f, 0x8b, 8]); // gzip, deflate
    expect(a[3]! & 0x08).toBe(0); // FLG.FNAME not set
    expect([a[4], a[5], a[6], a[7]]).toEqual([0, 0, 0, 0]); // MTIME
  });

  it('compresses this kind of JSON well', async () => {
    expect((await gzipBytes(json)).length).toBeLessThan(json.length / 10);
  });

  it('answers with the compressed bytes as application/gzip', async () => {
    const response = await gzipResponse(json);
    expect(response.headers.get('Content-Type')).toBe('application/gzip');
    expect(gunzipText(new Uint8Array(await response.arrayBuffer()))).toBe(json);
  });
});
