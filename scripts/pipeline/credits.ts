/**
 * Photo credits and captions: the shapes of a credit line.
 */
import { wordCount } from './text-shape.ts';

/** A photo credit: agency, "via", "Photo", "Name/Agency". */
export function isCredit(text: string): boolean {
  return (
    /\b(?:via|getty|images?|photo(?:graph)?s?|pictures?|credit|courtesy|handout|shutterstock|alamy|ap|afp|reuters|epa|efe|pa|wire|pool|sputnik|tass|xinhua|anadolu|file|supplied|screenshot|screengrab)\b/i.test(
      text,
    ) || /\p{Lu}[\p{L}.-]*\s*\/\s*\p{Lu}/u.test(text)
  );
}

/** A photo credit on its own: "© Jane Doe/Agency", "AFP via Getty Images", "Jane Doe/Reuters". */
export function isCreditOnly(text: string): boolean {
  return (
    (/^©\s*(?!\d{4})\S/.test(text) && wordCount(text) <= 12) ||
    /^(?:[^ ]+(?: [^ ]+){0,4} )?via Getty Images$/i.test(text) ||
    /^(?:Getty Images|AFP|AP|Reuters|EPA(?:-EFE)?|PA(?: Media| Wire)?|Shutterstock|Alamy)$/i.test(text) ||
    /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\s?\/\s?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(text)
  );
}
