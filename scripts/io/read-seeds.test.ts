import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync as makeTempDir, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decodeSeed, MAX_SEED_BYTES, readSeeds, SEED_EXTENSIONS, seedFromText } from './read-seeds.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const tempDirs: string[] = [];
const mkdtempSync = (prefix: string): string => {
  const dir = makeTempDir(prefix);
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const inputs = (name: string): string => new URL(`../../tests/fixtures/inputs/${name}`, import.meta.url).pathname;

describe('decodeSeed', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeSeed('a.txt', new TextEncoder().encode('Kyiv — “quoted”'))).toEqual({ name: 'a.txt', text: 'Kyiv — “quoted”' });
  });

  it('names the file and the reason for binary, invalid UTF-8 and oversized input', () => {
    expect(decodeSeed('b.txt', Uint8Array.from([0x50, 0x4b, 0x00, 0x01]))).toMatchObject({ file: 'b.txt', rule: 'binary-file' });
    expect(decodeSeed('c.txt', Uint8Array.from([0x61, 0xff, 0xfe, 0x62]))).toMatchObject({ file: 'c.txt', rule: 'invalid-utf8' });
    const big = decodeSeed('d.txt', new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61));
    expect(big).toMatchObject({ file: 'd.txt', rule: 'too-large' });
    expect('reason' in big && big.reason).toMatch(/^d\.txt: Unexpected file of \d+ bytes, expected at most/);
  });
});

describe('seedFromText', () => {
  it('takes control characters out of the text and the page metadata, keeping tabs and line breaks', () => {
    expect(seedFromText('a.txt', 'Ring \u0007 the \u001b[2Jbell\u0001.\tTab\r\nnext \u0085line')).toEqual({ name: 'a.txt', text: 'Ring  the [2Jbell.\tTab\r\nnext line' });
    const html = seedFromText('a.html', '<html><head><title>Bell &#7; title</title></head><body><p>One &#1;two.</p></body></html>');
    expect(html.text).not.toMatch(/[\u0000-\u0008]/u);
    expect(html.metadata?.title).toBe('Bell  title');
  });

  it('keeps .txt as it is and turns HTML and Markdown into plain paragraphs with their metadata', () => {
    expect(seedFromText('a.txt', '<p>kept as text</p>')).toEqual({ name: 'a.txt', text: '<p>kept as text</p>' });
    expect(seedFromText('a.HTM', '<html><head></head><body><p>One.</p><p>Two.</p></body></html>')).toEqual({ name: 'a.HTM', text: 'One.\n\nTwo.' });
    expect(seedFromText('a.markdown', '---\nauthor: Ann Lee\n---\n*One.*\n\nTwo.')).toEqual({
      name: 'a.markdown',
      text: 'One.\n\nTwo.',
      metadata: { author: 'Ann Lee' },
    });
  });
});

describe('readSeeds', () => {
  it('reads .txt seeds in name order and reports other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-seeds-'));
    writeFileSync(join(dir, 'b.txt'), 'Second.');
    writeFileSync(join(dir, 'a.txt'), 'First.');
    writeFileSync(join(dir, 'scan.pdf'), '%PDF');
    writeFileSync(join(dir, '.DS_Store'), '');
    const { seeds, skipped } = await readSeeds(dir);
    expect(seeds).toEqual([
      { name: 'a.txt', text: 'First.' },
      { name: 'b.txt', text: 'Second.' },
    ]);
    expect(skipped).toEqual([
      { file: '.DS_Store', rule: 'hidden-file', reason: '.DS_Store: Unexpected hidden file (not read), expected a seed name that does not start with a dot [hidden-file]' },
      {
        file: 'scan.pdf',
        rule: 'unsupported-type',
        reason: 'scan.pdf: Unexpected file type `.pdf`, expected one of .txt, .html, .htm, .md, .markdown [unsupported-type]',
      },
    ]);
  });

  it('says why it skips a symbolic link, a folder named x.txt and a FIFO, and reads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-odd-'));
    writeFileSync(join(dir, 'a.txt'), 'First.');
    mkdirSync(join(dir, 'x.txt'));
    symlinkSync('/etc/passwd', join(dir, 'link.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const { seeds, skipped } = await readSeeds(dir);
    expect(seeds.map((seed) => seed.name)).toEqual(['a.txt']);
    expect(skipped.map((problem) => [problem.file, problem.rule])).toEqual([
      ['link.txt', 'not-a-file'],
      ['pipe.txt', 'not-a-file'],
      ['x.txt', 'not-a-file'],
    ]);
    expect(skipped[0]!.reason).toMatch(/symbolic link \(not followed: it could point outside the seeds folder\)/);
  });

  it('reports a seed it cannot read with its file and reason, and still reads the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-unreadable-'));
    writeFileSync(join(dir, 'a.txt'), 'First.');
    writeFileSync(join(dir, 'b.txt'), 'Second.');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    vi.mocked(readFile).mockImplementationOnce(async () => {
      throw denied;
    });
    const { seeds, skipped } = await readSeeds(dir);
    expect(seeds.map((seed) => seed.name)).toEqual(['b.txt']);
    expect(skipped).toEqual([
      { file: 'a.txt', rule: 'unreadable-file', reason: 'a.txt: Unexpected error reading the file (EACCES), expected a file the build can read [unreadable-file]' },
    ]);
  });

  it('reads text, HTML and Markdown seeds with their sidecars, and refuses what it cannot read, naming each file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-mixed-'));
    const write = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
    write('000_a.txt', 'Plain text seed.\n\nSecond paragraph.');
    write('000_a.meta.yaml', 'title: Sidecar title for a\npublished: 2025-01-31\n');
    copyFileSync(inputs('harbour-courier-ferry.html'), join(dir, '001_ferry.html'));
    write('001_ferry.meta.yaml', 'title: Ferry checks skipped\nauthor: Courier News Desk\n');
    copyFileSync(inputs('northern-ledger-council.md'), join(dir, '002_council.md'));
    copyFileSync(inputs('valley-gazette-minimal.html'), join(dir, '003_page.htm'));
    write('004_notes.markdown', 'First *note*.\n\nSecond note.\n');
    write('005_bad.txt', 'A seed whose sidecar is wrong.');
    write('005_bad.meta.yaml', 'published: 2025-13-40\n');
    write('006_front.md', '---\nlanguage: English\n---\nBody.\n');
    write('007_binary.html', Uint8Array.from([0x3c, 0x70, 0x3e, 0x00, 0x01]));
    write('008_latin1.md', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    write('009_big.txt', '');
    truncateSync(join(dir, '009_big.txt'), 20 * 1024 * 1024);
    write('010_gone.meta.yaml', 'title: Nobody home\n');
    write('011_dup.txt', 'Two sidecars.');
    write('011_dup.meta.yaml', 'title: One\n');
    write('011_dup.meta.yml', 'title: Two\n');
    write('012_huge.txt', 'A seed with a huge sidecar.');
    write('012_huge.meta.yaml', `title: "${'x'.repeat(70_000)}"\n`);
    write('scan.pdf', '%PDF-1.7');
    write('scan.meta.yaml', 'title: A scan\n');
    write('notes', 'no extension');
    write('README.md', '# About these seeds\n');
    write('.DS_Store', '');
    mkdirSync(join(dir, 'drafts.txt'));
    vi.mocked(readFile).mockClear();

    const { seeds, skipped, warnings } = await readSeeds(dir);

    expect(seeds).toEqual([
      { name: '000_a.txt', text: 'Plain text seed.\n\nSecond paragraph.', metadata: { title: 'Sidecar title for a', published: '2025-01-31' } },
      expect.objectContaining({
        name: '001_ferry.html',
        metadata: {
          title: 'Ferry checks skipped',
          author: 'Courier News Desk',
          publisher: 'The Harbour Courier',
          published: '2025-03-04',
          url: 'https://www.harbourcourier.example/news/2025/03/04/ferry-safety-checks-islay',
          language: 'en-GB',
        },
      }),
      expect.objectContaining({ name: '002_council.md', metadata: expect.objectContaining({ publisher: 'The Northern Ledger', published: '2025-02-27' }) }),
      expect.objectContaining({ name: '003_page.htm', metadata: { title: 'Flood barrier opens a year late' } }),
      { name: '004_notes.markdown', text: 'First note.\n\nSecond note.' },
      { name: '006_front.md', text: 'Body.' },
    ]);
    const ferry = seeds[1]!;
    expect(ferry.text).toContain('The Maritime and Coastguard Agency confirmed it had opened an inquiry');
    expect(ferry.text).not.toMatch(/cookies|Morning Briefing|TRACKER_LOADED|<p>/);
    expect(seeds[2]!.text).not.toMatch(/^---|\*\*/m);

    // Scraped frontmatter with a value it cannot use: the field is left out, the article read, a warning given.
    expect(warnings).toEqual([
      {
        file: '006_front.md',
        rule: 'invalid-frontmatter',
        reason: '006_front.md: Unexpected value `English` for `language`, expected a BCP 47 language tag such as `en` or `en-GB`; the field was left out and the article read [invalid-frontmatter]',
      },
    ]);
    expect(skipped).toEqual([
      { file: '.DS_Store', rule: 'hidden-file', reason: '.DS_Store: Unexpected hidden file (not read), expected a seed name that does not start with a dot [hidden-file]' },
      { file: 'drafts.txt', rule: 'not-a-file', reason: 'drafts.txt: Unexpected folder, expected a regular file (seeds are not read from subfolders) [not-a-file]' },
      {
        file: '005_bad.txt',
        rule: 'invalid-sidecar',
        reason: '005_bad.meta.yaml: Unexpected value `2025-13-40` for `published`, expected a date as YYYY-MM-DD [invalid-sidecar]',
      },
      { file: '007_binary.html', rule: 'binary-file', reason: '007_binary.html: Unexpected binary data (NUL byte), expected UTF-8 text [binary-file]' },
      { file: '008_latin1.md', rule: 'invalid-utf8', reason: '008_latin1.md: Unexpected invalid UTF-8, expected UTF-8 text [invalid-utf8]' },
      {
        file: '009_big.txt',
        rule: 'too-large',
        reason: `009_big.txt: Unexpected file of ${20 * 1024 * 1024} bytes, expected at most ${MAX_SEED_BYTES} bytes [too-large]`,
      },
      {
        file: '010_gone.meta.yaml',
        rule: 'orphan-sidecar',
        reason: '010_gone.meta.yaml: Unexpected sidecar without a seed, expected a seed file named 010_gone with one of .txt, .html, .htm, .md, .markdown beside it [orphan-sidecar]',
      },
      {
        file: '011_dup.txt',
        rule: 'invalid-sidecar',
        reason: '011_dup.txt: Unexpected 2 sidecars (011_dup.meta.yaml, 011_dup.meta.yml), expected at most one [invalid-sidecar]',
      },
      {
        file: '012_huge.txt',
        rule: 'invalid-sidecar',
        reason: expect.stringMatching(/^012_huge\.meta\.yaml: Unexpected file of \d+ bytes, expected at most 65536 bytes \[invalid-sidecar\]$/),
      },
      { file: 'notes', rule: 'unsupported-type', reason: 'notes: Unexpected file type `(none)`, expected one of .txt, .html, .htm, .md, .markdown [unsupported-type]' },
      { file: 'scan.pdf', rule: 'unsupported-type', reason: expect.stringContaining('scan.pdf: Unexpected file type `.pdf`') },
    ]);

    const read = vi.mocked(readFile).mock.calls.map(([path]) => String(path));
    expect(read.some((path) => path.endsWith('009_big.txt'))).toBe(false);
    expect(read.some((path) => path.endsWith('012_huge.meta.yaml'))).toBe(false);
    expect(read.some((path) => path.endsWith('000_a.txt'))).toBe(true);
  });

  it('lists every readable type in the unsupported-type message', () => {
    expect(SEED_EXTENSIONS).toEqual(['.txt', '.html', '.htm', '.md', '.markdown']);
  });
});
