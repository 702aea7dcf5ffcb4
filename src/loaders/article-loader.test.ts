import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleLoader, DETAIL_FORMAT, entryId, loadDetail } from './article-loader.ts';
import type { ArticleSummary } from './article-schema.ts';
import { pageFile } from './test-support/page-file.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
  filePath?: string;
}

function page(slug: string, text: string, status = 'not-checkable'): string {
  return pageFile(slug, text, { status, speaker: 'Jane Doe', publisher: 'Gazette', published: '2025-01-02', after: ' said.' });
}

function fakeContext(root: string, store = new Map<string, Entry>(), meta = new Map<string, string>(), watcher?: EventEmitter & { add(path: string): void }) {
  const parsed: string[] = [];
  const logs: { level: string; message: string }[] = [];
  const log = (level: string) => (message: string) => logs.push({ level, message });
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Entry) => (store.set(entry.id, entry), true),
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
      clear: () => store.clear(),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
    logger: { info: log('info'), warn: log('warn'), error: log('error') },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (data: string) => createHash('sha1').update(data).digest('hex').slice(0, 16),
    watcher,
  } as unknown as LoaderContext;
  return { context, store, meta, parsed, logs };
}

describe('entryId', () => {
  it('is the page file name without .mdx; other files are not pages', () => {
    expect(entryId('a-b.mdx')).toBe('a-b');
    expect(entryId('a.md')).toBeNull();
    expect(entryId('.a.mdx')).toBeNull();
    expect(entryId('ingest-report.json')).toBeNull();
  });
});

describe('articleLoader and editors’ verdicts', () => {
  let root: string;
  const verdict = { status: 'verified', note: 'Checked against the ministry record.', reviewed: '2025-12-02', reviewer: 'Test Editor' };
  const verdictFile = 'c-0123456789:\n  status: verified\n  note: Checked against the ministry record.\n  evidence:\n    - url: https://example.org/record\n      title: Record\n  reviewed: 2025-12-02\n  reviewer: Test Editor\n';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'factline-loader-verdicts-'));
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    mkdirSync(join(root, 'content/verdicts'), { recursive: true });
    writeFileSync(join(root, 'content/articles/a.mdx'), page('a', 'First'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const load = () => articleLoader({ base: 'content/articles' }).load(fakeContext(root).context);

  it('takes a reviewed claim whose verdict is in content/verdicts/', async () => {
    writeFileSync(join(root, 'content/verdicts/v.yaml'), verdictFile);
    writeFileSync(join(root, 'content/articles/v.mdx'), pageFile('v', 'Checked', { verdict }));
    await expect(load()).resolves.toBeUndefined();
  });

  it('refuses a page edited by hand to show a verdict that no verdict file holds', async () => {
    writeFileSync(join(root, 'content/articles/v.mdx'), pageFile('v', 'Checked', { verdict }));
    await expect(load()).rejects.toThrow(/^content\/articles\/v\.mdx: Unexpected editor's verdict on claim c-0123456789 \(status verified\) that is not in .*verdicts\/v\.yaml, expected verdicts only from content\/verdicts\//);
  });

  it('refuses a page whose verdict differs from the file’s (another status, another note)', async () => {
    writeFileSync(join(root, 'content/verdicts/v.yaml'), verdictFile);
    for (const forged of [{ ...verdict, status: 'false' }, { ...verdict, note: 'Trust me.' }]) {
      writeFileSync(join(root, 'content/articles/v.mdx'), pageFile('v', 'Checked', { verdict: forged }));
      await expect(load()).rejects.toThrow(/that differs from/);
    }
  });

  it('refuses an editor’s status without a verdict at all', async () => {
    writeFileSync(join(root, 'content/articles/v.mdx'), page('v', 'Checked', 'verified'));
    await expect(load()).rejects.toThrow(/Unexpected (editor's verdict|.*verified)/);
  });
});

describe('articleLoader', () => {
  let root: string;
  let folder: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'factline-loader-'));
    folder = join(root, 'content/articles');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.mdx'), page('a', 'First'));
    writeFileSync(join(folder, 'b.mdx'), page('b', 'Second'));
    writeFileSync(join(folder, 'notes.txt'), 'not a page');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores each article’s summary, and its details (typed body included) in a file of their own', async () => {
    const { context, store } = fakeContext(root);
    await articleLoader({ base: 'content/articles' }).load(context);
    expect([...store.keys()].sort()).toEqual(['a', 'b']);
    const a = store.get('a')!;
    expect(a.filePath).toBe('content/articles/a.mdx');
    expect(a.digest).toBeTypeOf('string');
    expect(a).not.toHaveProperty('body');
    expect(a.data).toMatchObject({
      title: 'Title a',
      slug: 'a',
      firstParagraph: 'First said.',
      claims: [{ id: 'c-0123456789', summary: 'Summary of First', speaker: 'Jane Doe', status: 'not-checkable', rationale: 'Why.', reviewed: false, verdict: null, automatic: null, worthiness: { score: 0.15 } }],
      file: join(folder, 'a.mdx'),
    });
    expect(a.data).not.toHaveProperty('body');
    const detail = await loadDetail(a.data as unknown as ArticleSummary);
    expect(detail.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'claim', id: 'c-0123456789', status: 'not-checkable', text: 'First' },
          { type: 'text', value: ' said.' },
        ],
      },
    ]);
    expect(detail.claims[0]!.selector.suffix).toBe(' said.');
    // Without its detail file, a page is read from its page file.
    rmSync(join(root, 'cache'), { recursive: true });
    expect(await loadDetail(a.data as unknown as ArticleSummary)).toEqual(detail);
  });

  it('on a rebuild with the same store, reads only the pages that changed and drops removed ones', async () => {
    const first = fakeContext(root);
    await articleLoader({ base: 'content/articles' }).load(first.context);
    expect(first.parsed.sort()).toEqual(['a', 'b']);

    writeFileSync(join(folder, 'a.mdx'), page('a', 'First, changed', 'disputed'));
    unlinkSync(join(folder, 'b.mdx'));
    writeFileSync(join(folder, 'c.mdx'), page('c', 'Third'));
    const second = fakeContext(root, first.store, first.meta);
    await articleLoader({ base: join(root, 'content/articles') }).load(second.context);
    expect(second.parsed.sort()).toEqual(['a', 'c']);
    expect([...second.store.keys()].sort()).toEqual(['a', 'c']);
    expect(second.logs.find(({ level }) => level === 'info')?.message).toBe('2 article(s): 2 read, 0 unchanged since the last build');

    // One detail file per entry: those of the old `a` and of `b` are gone, and so is a leftover.
    const details = dirname((second.store.get('a')!.data as { detailFile: string }).detailFile);
    expect(readdirSync(details).sort()).toEqual(['a', 'c'].map((id) => basename((second.store.get(id)!.data as { detailFile: string }).detailFile)).sort());
    writeFileSync(join(details, 'leftover.json.123.tmp'), '{');

    const third = fakeContext(root, second.store, second.meta);
    await articleLoader({ base: 'content/articles' }).load(third.context);
    expect(third.parsed).toEqual([]);
    expect(readdirSync(details)).toHaveLength(2);
  });

  it('re-reads everything when the cached entries are of another format (reading rules, schemas)', async () => {
    const { context, store, meta } = fakeContext(root);
    store.set('stale', { id: 'stale', data: {}, digest: 'x' });
    meta.set('format', `${DETAIL_FORMAT}-old`);
    await articleLoader({ base: 'content/articles' }).load(context);
    expect([...store.keys()].sort()).toEqual(['a', 'b']);
    expect(meta.get('format')).toBe(DETAIL_FORMAT);
  });

  it('stops a build on a page it refuses, naming the file and position', async () => {
    writeFileSync(join(folder, 'b.mdx'), page('b', 'Second').replace('</Claim> said.', '</Claim> said. {process.exit(1)}'));
    const { context } = fakeContext(root);
    await expect(articleLoader({ base: 'content/articles' }).load(context)).rejects.toThrow(
      /^content\/articles\/b\.mdx:\d+:\d+: Unexpected expression `\{…\}` in a paragraph, expected text or <Claim> elements$/,
    );
  });

  it('refuses a page whose slug is not its file name, or whose claims differ from its frontmatter', async () => {
    writeFileSync(join(folder, 'b.mdx'), page('other', 'Second'));
    await expect(articleLoader({ base: 'content/articles' }).load(fakeContext(root).context)).rejects.toThrow(
      'content/articles/b.mdx: Unexpected slug "other" in the frontmatter, expected `b`',
    );
    writeFileSync(join(folder, 'b.mdx'), page('b', 'Second').replace('status="not-checkable">', 'status="false">'));
    await expect(articleLoader({ base: 'content/articles' }).load(fakeContext(root).context)).rejects.toThrow(
      /Unexpected status `false` on <Claim id="c-0123456789">, expected `not-checkable` as in the frontmatter/,
    );
  });

  it('in dev, updates the entry of a page that changes, keeps the last good one on a refused page, and drops a removed one', async () => {
    const added: string[] = [];
    const watcher = Object.assign(new EventEmitter(), { add: (path: string) => void added.push(path) });
    const { context, store, logs } = fakeContext(root, undefined, undefined, watcher);
    await articleLoader({ base: 'content/articles' }).load(context);
    expect(added).toEqual([folder]);
    const listeners = (event: string) => watcher.listeners(event) as ((path: string) => Promise<void> | void)[];
    const emit = async (event: string, path: string) => {
      for (const listener of listeners(event)) await listener(path);
    };

    writeFileSync(join(folder, 'a.mdx'), page('a', 'Edited', 'disputed'));
    await emit('change', join(folder, 'a.mdx'));
    expect((store.get('a')!.data.claims as { status: string }[])[0]!.status).toBe('disputed');

    writeFileSync(join(folder, 'a.mdx'), page('a', 'Broken').replace('</Claim> said.', '</Claim> <script>x</script>'));
    await emit('change', join(folder, 'a.mdx'));
    expect(logs.some(({ level, message }) => level === 'error' && message.includes('a.mdx') && message.includes('Unexpected element `<script>`'))).toBe(true);
    expect((store.get('a')!.data.claims as { summary: string }[])[0]!.summary).toBe('Summary of Edited');

    await emit('change', join(root, 'elsewhere.mdx'));
    await emit('unlink', join(folder, 'b.mdx'));
    expect([...store.keys()]).toEqual(['a']);
  });
});
