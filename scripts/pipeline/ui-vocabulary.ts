/**
 * The interface words of news sites: buttons, menus, section names, share
 * bars, gallery and caption prefixes.
 */

/** Interface words of news sites, compared after lower-casing and dropping counts. */
const UI_LABELS = new Set(
  [
    'read more', 'show more', 'show less', 'load more', 'see more', 'see all', 'view all', 'more',
    'news feed', 'video thumbnail', 'avatar', 'author image', 'author photo', 'profile picture',
    'headshot', 'support now', 'support us', 'donate', 'donate now', 'subscribe', 'subscribe now',
    'sign in', 'log in', 'login', 'sign up', 'register', 'my account', 'share', 'share this',
    'share this article', 'share this story', 'share article', 'share page', 'copy link',
    'link copied', 'print', 'save', 'saved', 'save article', 'bookmark', 'comments', 'comment',
    'view comments', 'show comments', 'leave a comment', 'join the conversation', 'skip to content',
    'skip to main content', 'skip to navigation', 'menu', 'search', 'close', 'home', 'back to top',
    'listen', 'listen to this article', 'listen to article', 'play', 'pause', 'watch', 'watch live',
    'watch video', 'play video', 'replay', 'most read', 'most popular', 'most viewed', 'trending',
    'trending now', 'related', 'related articles', 'related stories', 'related content',
    'recommended', 'recommended stories', 'you may also like', 'you might also like', 'more from',
    'more stories', 'more news', 'top stories', 'latest', 'latest news', 'latest stories', 'follow',
    'following', 'gift article', 'gift this article', 'report an error', 'report a correction',
    'expand', 'collapse', 'toggle caption', 'hide caption', 'enlarge', 'enlarge this image',
    'fullscreen', 'view in fullscreen', 'view gallery', 'open gallery', 'image', 'images', 'photo',
    'photos', 'video', 'audio', 'gallery', 'next', 'previous', 'prev', 'continue reading',
    'key events', 'show key events only', 'pinned post', 'pinned', 'live', 'live updates',
    'breaking', 'breaking news', 'refresh', 'new posts', 'load new posts', 'more on this story',
    'accept cookies', 'cookie settings', 'by', 'written by', 'words by', 'read also', 'also read',
    'see also', 'read next', 'related news', 'more on this topic', 'recommended for you', 'editor\'s picks',
  ],
);

/** Section names of news sites; a line made only of these is a navigation bar. */
export const SECTION_WORDS = new Set(
  ('home news world uk us europe africa asia americas australia politics business money tech ' +
    'technology science health sport sports football culture arts entertainment lifestyle life ' +
    'style travel food opinion comment weather video videos live local national international ' +
    'climate environment education economy markets region regions obituaries podcasts ' +
    'newsletters games puzzles more menu search latest').split(' '),
);

export const SOCIAL_WORDS = new Set(
  ('facebook twitter x email e-mail whatsapp telegram linkedin reddit pinterest messenger ' +
    'flipboard vk sms threads bluesky mastodon copy link print share post tweet on via this article story ' +
    'you can social media the to').split(' '),
);

/** Splits a row of buttons or links: "Subscribe | Log in", "World · Business · Markets". */
export const segments = (text: string): string[] => text.split(/\s+[|·•]\s+/).filter(Boolean);

/** One interface label, or a row of them. */
export function isUiLabel(text: string): boolean {
  return segments(text).every((part) => UI_LABELS.has(uiKey(part)));
}

function uiKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\d[\d,.]*k?\s+/, '')
    .replace(/\s*\(?\d[\d,.]*k?\)?$/, '')
    .replace(/[\s:›»→>…|·•]+$/, '')
    .trim();
}

export const GALLERY_PREFIX = /^(?:open|view|expand|enlarge)\s+(?:this\s+)?image\s+in\s+(?:the\s+)?(?:gallery|full\s?screen)\b\s*/i;
export const CAPTION_PREFIX = /^(?:image caption|media caption|video caption|caption)\s*[,:]\s*/i;

/** True when a line must stay a unit of its own, never joined to the line above. */
export function startsOwnUnit(text: string): boolean {
  return GALLERY_PREFIX.test(text) || CAPTION_PREFIX.test(text) || isUiLabel(text);
}
