/**
 * Applies a seed's own metadata (HTML `og:` tags and JSON-LD, Markdown
 * frontmatter, then its `.meta.yaml` sidecar) over what `clean` recovered
 * from the text. A field the metadata sets wins; a field it leaves out keeps
 * the recovered value. A publisher and an agency stay plain text whatever the
 * metadata holds, and a known agency gets its canonical short name.
 */
import { canonicalAgency } from './agency.ts';
import { plainName } from './plain-text.ts';
import type { CleanArticle, SeedMetadata } from './types.ts';

export function applySeedMetadata(article: CleanArticle, metadata: SeedMetadata | undefined): CleanArticle {
  if (!metadata) return article;
  const publisher = metadata.publisher === undefined ? undefined : plainName(metadata.publisher);
  const agency = metadata.agency === undefined ? undefined : (canonicalAgency(metadata.agency) ?? plainName(metadata.agency));
  return {
    ...article,
    title: metadata.title ?? article.title,
    titleDerived: metadata.title === undefined ? article.titleDerived : false,
    publisher: publisher ?? article.publisher,
    agency: agency ?? article.agency,
    author: metadata.author ?? article.author,
    published: metadata.published ?? article.published,
    url: metadata.url ?? article.url,
    language: metadata.language ?? article.language,
  };
}
