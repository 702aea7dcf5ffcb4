/**
 * Photo credits and captions: the shapes of a credit line. A credit is a
 * credit word and a name ("Photo: Jane Roe", "Photograph by …"), a name and
 * an agency ("Jane Roe / AGENCY Photo", "REUTERS/John Smith", "… via Getty
 * Images"), or a copyright sign; a caption is a line that ends with one, in
 * brackets or as its last sentence, or with a photographer's name in brackets.
 */
import { canonicalAgency } from './agency.ts';
import { isPersonName, splitSentences, wordCount } from './text-shape.ts';
import { SECTION_WORDS } from './ui-vocabulary.ts';

/** A photo credit: agency, "via", "Photo", "Name/Agency". */
export function isCredit(text: string): boolean {
  return (
    /\b(?:via|getty|images?|photo(?:graph)?s?|pictures?|credit|courtesy|handout|shutterstock|alamy|ap|afp|reuters|epa|efe|pa|wire|pool|sputnik|tass|xinhua|anadolu|file|supplied|screenshot|screengrab)\b/i.test(
      text,
    ) || /\p{Lu}[\p{L}.-]*\s*\/\s*\p{Lu}/u.test(text)
  );
}

/** "Home / War", "News/World": a navigation crumb, shaped like "Name/Agency" but made of section names. */
const isCrumb = (text: string): boolean => text.split(/\s*\/\s*/u).some((part) => SECTION_WORDS.has(part.toLowerCase()));

/** A photo credit on its own: "© Jane Doe/Agency", "AFP via Getty Images", "Jane Doe/Reuters". */
export function isCreditOnly(text: string): boolean {
  if (isCrumb(text)) return false;
  return (
    (/^©\s*(?!\d{4})\S/.test(text) && wordCount(text) <= 12) ||
    /^(?:[^ ]+(?: [^ ]+){0,4} )?via Getty Images$/i.test(text) ||
    /^(?:Getty Images|AFP|AP|Reuters|EPA(?:-EFE)?|PA(?: Media| Wire)?|Shutterstock|Alamy)$/i.test(text) ||
    /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\s?\/\s?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(text) ||
    isLabelledCredit(text) ||
    isAgencyPhoto(text)
  );
}

/** "Photo: Jane Roe", "Photograph by Jane Roe for the Planet", "Image credit: …", "Illustration: …". */
function isLabelledCredit(text: string): boolean {
  return (
    wordCount(text) <= 12 &&
    /^\(?(?:photo(?:graph)?s?|pictures?|images?|illustration|credit|foto|video)(?: credit)?\s*(?::|by\b)\s*\p{Lu}[^.!?]*\)?$/iu.test(text)
  );
}

/** "AFP Photo", "Reuters Pictures": a known agency and a picture word. */
function isAgencyPhoto(text: string): boolean {
  const m = /^(.{2,30}?)\s+(?:photo|photos|pictures|images)$/iu.exec(text);
  return m?.[1] !== undefined && canonicalAgency(m[1]) !== null;
}

/**
 * A caption: a line that ends with a credit in brackets ("… (Jane Doe/Agency
 * via Getty Images)", "… [AFP]"), with a labelled credit ("… Photograph:
 * X/Y"), with a credit as its last sentence ("… on Tuesday. Jane Roe / AGENCY
 * Photo"), or with a photographer's name in brackets ("… on Tuesday (Jane
 * Roe)").
 */
export function endsWithCredit(text: string): boolean {
  const bracket = /[([]\s*([^()[\]]{1,80}?)\s*[)\]]$/u.exec(text);
  if (bracket?.[1] && (isCredit(bracket[1]) || (isPersonName(bracket[1]) && wordCount(text) <= 40))) return true;
  if (/(?:^|\s)(?:Photograph|Photo|Picture|Image|Credit|Illustration)s?\s*:\s*[^.!?]{1,80}$/u.test(text)) return true;
  if (text.length > 600) return false;
  const sentences = splitSentences(text);
  const last = sentences[sentences.length - 1];
  return sentences.length > 1 && last !== undefined && isCreditOnly(last.trim());
}
