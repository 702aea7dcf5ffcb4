/**
 * Applies a seed's own metadata (HTML `og:` tags and JSON-LD, then its
 * `.meta.yaml` sidecar) over what `clean` recovered from the text. A field
 * the metadata sets wins; a field it leaves out keeps the recovered value.
 */
import type { CleanArticle, SeedMetadata } from './types.ts';

export function applySeedMetadata(article: CleanArticle, metadata: SeedMetadata | undefined): CleanArticle {
  if (!metadata) return article;
  return {
    ...article,
    title: metadata.title ?? article.title,
    titleDerived: metadata.title === undefined ? article.titleDerived : false,
    publisher: metadata.publisher ?? article.publisher,
    author: metadata.author ?? article.author,
    published: metadata.published ?? article.published,
    url: metadata.url ?? article.url,
    language: metadata.language ?? article.language,
  };
}
