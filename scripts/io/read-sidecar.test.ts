import { describe, expect, it } from 'vitest';
import { IngestError } from '../pipeline/errors.ts';
import { normalizeLanguage, readSidecar } from './read-sidecar.ts';

const FIELDS = 'title, publisher, agency, author, published, url, language, fetched';

/** The error `readSidecar` throws for `yamlText`. */
function errorOf(yamlText: string, fileName = 'a.meta.yaml'): IngestError {
  try {
    readSidecar(fileName, yamlText);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected readSidecar to throw');
}

describe('readSidecar', () => {
  it('reads every field, collapsing whitespace and normalizing the language tag', () => {
    const yaml = [
      'title: "  Ferry operator admits\n  skipped checks "',
      'publisher: The Harbour Courier',
      'agency: AFP',
      'author: Maeve Callaghan',
      'published: 2025-03-04',
      'url: https://www.harbourcourier.example/news/ferry?id=1',
      'language: en-gb',
    ].join('\n');
    expect(readSidecar('000_f77de8f682c93f7c.meta.yaml', yaml)).toEqual({
      title: 'Ferry operator admits skipped checks',
      publisher: 'The Harbour Courier',
      agency: 'AFP',
      author: 'Maeve Callaghan',
      published: '2025-03-04',
      url: 'https://www.harbourcourier.example/news/ferry?id=1',
      language: 'en-GB',
    });
  });

  it('refuses a control character or NUL in a value (YAML escapes \\0, \\a, \\e), naming the field', () => {
    for (const value of ['"Bell \\a escape \\e[2J"', '"Daily\\0Planet"', '"A\\x08B"', '"C1 \\x85 next line"']) {
      expect(() => readSidecar('x.meta.yaml', `publisher: ${value}\n`), value).toThrow(/publisher.*without control characters/);
    }
    expect(readSidecar('x.meta.yaml', 'publisher: "Tab\\tand space"\n')).toEqual({ publisher: 'Tab and space' });
  });

  it('sets only the fields given, and reads an empty or comment-only file as no metadata', () => {
    expect(readSidecar('a.meta.yaml', 'publisher: Reuters\n')).toEqual({ publisher: 'Reuters' });
    expect(readSidecar('a.meta.yaml', '')).toEqual({});
    expect(readSidecar('a.meta.yaml', '# nothing yet\n')).toEqual({});
  });

  it('accepts a date that YAML parsed as a timestamp and formats it', () => {
    expect(readSidecar('a.meta.yaml', '%YAML 1.1\n---\npublished: 2025-11-28\n')).toEqual({ published: '2025-11-28' });
    expect(readSidecar('a.meta.yaml', "published: '2025-11-28'\n")).toEqual({ published: '2025-11-28' });
  });


  it('names the file, the field, the value and what is allowed', () => {
    expect(errorOf('published: 2025-13-40').message).toBe(
      'a.meta.yaml: Unexpected value `2025-13-40` for `published`, expected a date as YYYY-MM-DD [invalid-sidecar]',
    );
    expect(errorOf('titel: Ferry').message).toBe(`a.meta.yaml: Unexpected field \`titel\`, expected one of: ${FIELDS} [invalid-sidecar]`);
    expect(errorOf('url: ftp://files.example/a').message).toBe(
      'a.meta.yaml: Unexpected value `ftp://files.example/a` for `url`, expected an http or https URL [invalid-sidecar]',
    );
    expect(errorOf('url: /news/a').message).toContain('Unexpected value `/news/a` for `url`, expected an http or https URL');
    expect(errorOf('language: English').message).toBe(
      'a.meta.yaml: Unexpected value `English` for `language`, expected a BCP 47 language tag such as `en` or `en-GB` [invalid-sidecar]',
    );
    expect(errorOf('title: 2025').message).toBe('a.meta.yaml: Unexpected value `2025` for `title`, expected non-empty text (quote it in YAML) [invalid-sidecar]');
    expect(errorOf('author: "   "').message).toBe('a.meta.yaml: Unexpected empty value for `author`, expected non-empty text [invalid-sidecar]');
    expect(errorOf('publisher:').message).toBe('a.meta.yaml: Unexpected empty value for `publisher`, expected non-empty text [invalid-sidecar]');
    expect(errorOf('author: [Ann, Bob]').message).toBe('a.meta.yaml: Unexpected value `[Ann, Bob]` for `author`, expected non-empty text [invalid-sidecar]');
  });

  it('refuses impossible calendar dates and date-times', () => {
    expect(errorOf('published: 2025-02-29').message).toContain('Unexpected value `2025-02-29` for `published`');
    expect(errorOf('published: 2025-03-04T10:00:00Z').message).toContain('Unexpected value `2025-03-04T10:00:00Z` for `published`');
    expect(readSidecar('a.meta.yaml', 'published: 2024-02-29')).toEqual({ published: '2024-02-29' });
  });

  it('reports every problem at once', () => {
    expect(errorOf('titel: x\npublished: tomorrow\nlanguage: en').message).toBe(
      `a.meta.yaml: Unexpected value \`tomorrow\` for \`published\`, expected a date as YYYY-MM-DD; Unexpected field \`titel\`, expected one of: ${FIELDS} [invalid-sidecar]`,
    );
  });

  it('refuses YAML that is not a mapping, or not YAML, with the position', () => {
    expect(errorOf('- title\n- author').message).toBe(`a.meta.yaml: Unexpected YAML list, expected a mapping of fields (${FIELDS}) [invalid-sidecar]`);
    expect(errorOf('just a sentence').message).toBe(
      `a.meta.yaml: Unexpected YAML value \`just a sentence\`, expected a mapping of fields (${FIELDS}) [invalid-sidecar]`,
    );
    const syntax = errorOf('title: x\ntitle: y\n');
    expect(syntax).toMatchObject({ file: 'a.meta.yaml', ruleId: 'invalid-sidecar', position: { line: 2, column: 1 } });
    expect(syntax.message).toMatch(/^a\.meta\.yaml:2:1: Unexpected invalid YAML \(Map keys must be unique\), expected a mapping of fields/);
    expect(errorOf('title: [unclosed\nauthor: x').message).toMatch(/^a\.meta\.yaml:\d+:\d+: Unexpected invalid YAML \(/);
  });

  it('throws an IngestError carrying the file and the rule', () => {
    const error = errorOf('published: 2025-13-40', '003_05d9444e538036f2.meta.yaml');
    expect(error).toBeInstanceOf(IngestError);
    expect(error.file).toBe('003_05d9444e538036f2.meta.yaml');
    expect(error.ruleId).toBe('invalid-sidecar');
    expect(error.message.startsWith('003_05d9444e538036f2.meta.yaml: ')).toBe(true);
  });
});

describe('field checks', () => {
  it('normalizeLanguage accepts BCP 47-ish tags in their conventional case', () => {
    expect(normalizeLanguage('en')).toBe('en');
    expect(normalizeLanguage('EN-us')).toBe('en-US');
    expect(normalizeLanguage('en_GB')).toBe('en-GB');
    expect(normalizeLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLanguage('es-419')).toBe('es-419');
    for (const bad of ['english', 'e', 'en-', 'en GB', '', '12']) expect(normalizeLanguage(bad)).toBeUndefined();
  });
});
