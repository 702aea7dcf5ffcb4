import { siteConfig } from './site.config.ts';

/** Every UI string of the site, kept out of the markup. */
export const ui = {
  /** From the site configuration (FACTLINE_TITLE). */
  siteTitle: siteConfig.title,
  siteTagline: 'Claims in the news, annotated with their verification status.',
  navHome: 'Articles',
  navSearch: 'Search',
  navClaims: 'Claims',
  navSpeakers: 'Speakers',
  navMethodology: 'Methodology',
  navCorrections: 'Corrections',
  navLabel: 'Site',
  skipToContent: 'Skip to content',
  homeHeading: 'Articles',
  homeEmpty: 'No articles yet. Put seed files in seeds/ and run npm run build.',
  claimsCount: (count: number) => `${count} claim${count === 1 ? '' : 's'}`,
  unknownPublisher: 'Unknown publisher',
  unknownDate: 'Date unknown',
  byline: (author: string) => `By ${author}`,
  derivedTitle: 'Headline derived from the lede; the scraped text had none.',
  seedLabel: 'Seed file',
  claimsHeading: 'Claims in this article',
  claimsNone: 'No check-worthy claims were found in this article.',
  speakerLabel: 'Speaker',
  speakerUnknown: 'Unattributed',
  whyLabel: 'Why',
  reviewedLabel: 'Reviewed by an editor',
  alsoReportedBy: (publisher: string) => `Also reported by ${publisher}`,
  /** After the first "also reported by" links of a claim with a story page (which lists every appearance). */
  relatedMore: 'Every other report: in the story of this claim',
  contradictedBy: (publisher: string) => `Contradicted in ${publisher}`,
  kindLabel: 'Kind',
  captionsHeading: 'Image captions in the original',
  searchHeading: 'Search articles and claims',
  searchSortLabel: 'Sort results by',
  searchSortRelevance: 'Relevance',
  searchSortWorthiness: 'Most check-worthy claim first',
  searchNoScript: 'Search needs JavaScript. Every article is listed on the home page.',
  worthinessLabel: 'Check-worthiness',
  /** "0.80 (Checkable kind, Specific number)": the score and its reasons. */
  worthinessValue: (score: number, reasons: readonly string[]) => `${score.toFixed(2)}${reasons.length ? ` (${reasons.join(', ')})` : ''}`,
  /** Written on the badge of a claim at or above the check-worthiness threshold. */
  checkWorthy: 'Check-worthy',
  claimAnchorLabel: (label: string) => `Status: ${label}. Jump to this claim.`,
  /** The title of a claim's search sub-result: its summary and status. */
  claimSearchTitle: (summary: string | null, label: string) => (summary ? `${summary} (${label})` : label),
  /** The visible label of the search box. */
  searchLabel: 'Words to search for',

  // Article page
  sourceLink: (host: string) => `Original article at ${host}`,
  editorNoteLabel: 'Editor’s note',
  evidenceLabel: 'Evidence',
  reviewedLine: (date: string, reviewer: string | null) => `Reviewed ${date} by ${reviewer ?? 'an editor'}`,
  historyLabel: 'History',
  automaticStatus: (label: string, rationale: string) => `Automatic status: ${label} — ${rationale}`,
  relatedLabel: 'Elsewhere',
  cleaningLogSummary: (count: number) => `Cleaning log: ${count} piece${count === 1 ? '' : 's'} removed`,
  cleaningLogIntro:
    'What the cleaning rules took out of the scraped page before the claims were found, each with the id of the rule that removed it.',
  cleaningRuleLabel: 'Rule',

  // All claims page
  allClaimsHeading: 'All claims',
  allClaimsIntro: 'Every claim found in the articles, in article order. Each summary links to the claim in its article.',
  filtersLegend: 'Filter the claims',
  claimsByWorthinessHeading: 'Claims by check-worthiness',
  /** `listed` of the site's `total` claims are on the check-worthiness listing. */
  claimsByWorthinessIntro: (listed: number, total: number) =>
    `${listed < total ? `The ${listed.toLocaleString('en')} most check-worthy of the ${total.toLocaleString('en')} claims` : 'Every claim'}, the most check-worthy first: a specific figure, date or place, a named actor, a consequence, a checkable kind. The methodology page explains the score.${listed < total ? ' Every claim is in the list in article order, and search sorts every claim by check-worthiness.' : ''}`,
  sortLabel: 'Order',
  sortSiteOrder: 'Article order',
  sortWorthiness: 'Most check-worthy first',
  filterStatus: 'Status',
  filterSpeaker: 'Speaker',
  filterPublisher: 'Publisher',
  filterAll: 'All',
  filterOption: (label: string, count: number) => `${label} (${count})`,
  filterReset: 'Clear filters',
  /** Filled in by the page script: {shown} and {total} are replaced by numbers. */
  claimsShownTemplate: 'Showing {shown} of {total} claims',
  /** The same while part of the matching claims is still unread (several filters: the count so far). */
  claimsShownSoFarTemplate: 'Showing {shown} of {total} claims so far; “Show more claims” looks for more',
  claimsNoMatch: 'No claims match these filters.',
  claimsTableCaption: 'Claims, with their status, speaker, publisher and article',
  columnClaim: 'Claim',
  columnStatus: 'Status',
  columnSpeaker: 'Speaker',
  columnPublisher: 'Publisher',
  columnArticle: 'Article',

  // Pages of long lists
  paginationLabel: (list: string) => `Pages of ${list}`,
  pagePrevious: 'Previous',
  pageNext: 'Next',
  pageLink: (page: number) => `Page ${page}`,
  pageGap: '…',
  pageTitle: (title: string, page: number, last: number) => (last > 1 ? `${title} (page ${page} of ${last})` : title),
  /** Shown above a page of a list: "Claims 501–1,000 of 16,001". */
  pageRange: (what: string, first: number, last: number, total: number) =>
    `${what} ${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${total.toLocaleString('en')}`,
  articlesListName: 'articles',
  claimsListName: 'claims',
  speakerListName: (name: string) => `claims by ${name}`,
  /** The filtered claims are shown this many at a time. */
  claimsShowMore: 'Show more claims',
  claimsLoading: 'Loading the matching claims…',
  claimsLoadFailed: 'The matching claims could not be loaded; this page’s claims are shown unfiltered.',
  /** Added to the count line when the next claims could not be loaded. */
  claimsMoreFailed: '. The next claims could not be loaded; try “Show more claims” again.',

  // Speaker pages
  speakersHeading: 'Speakers',
  speakersIntro:
    'Everyone the articles quote or attribute a claim to, with how many claims each makes. Claims with no speaker are listed on the claims page only.',
  speakersEmpty: 'No speakers found in the articles.',
  speakerPageTitle: (name: string) => `Claims by ${name}`,
  speakerSummary: (claims: number, articles: number) =>
    `${claims} claim${claims === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`,
  allSpeakersLink: 'All speakers',

  // The story of a claim (/claim/k-…/)
  storyPageTitle: (summary: string) => `The story of a claim: ${summary}`,
  storyLead: 'One claim, in every article of this collection that carries it, in date order.',
  storyStandingHeading: 'How it stands',
  storySources: (outlets: number, independent: number) =>
    `Reported by ${outlets} outlet${outlets === 1 ? '' : 's'}, ${independent === 0 ? 'none' : independent} of them independent.`,
  storyAsOf: (date: string) => `As of ${date}, the date of the latest article in this collection that bears on it.`,
  storyStale: (date: string, days: number) => `Stale: no article has borne on it for more than ${days} days since ${date}.`,
  storyTimelineHeading: 'Timeline',
  storyContradictsHeading: 'Contradicted by, or contradicting',
  storyContradictsNone: 'Nothing in this collection contradicts it.',
  storyIndependent: 'Independent source',
  storyNotIndependent: (why: string) => `Not an independent source: ${why}`,
  storyInArticle: 'Read it in the article',
  storyInOriginal: 'Find it in the original',
  storyLink: (appearances: number, contradictions: number) =>
    `The story of this claim: ${appearances} appearance${appearances === 1 ? '' : 's'}${contradictions > 0 ? `, contradicted by ${contradictions} other claim${contradictions === 1 ? '' : 's'}` : ''}`,
  appearanceRole: (role: string, via: string | null): string => {
    switch (role) {
      case 'denies': return 'Denies it';
      case 'wire': return `Repeats a wire story${via ? ` (${via})` : ''}`;
      case 'copy': return 'A near-copy of another article in this collection';
      case 'cites': return `Retells ${via ?? 'another outlet'}`;
      case 'forecast': return 'As a forecast, demand or judgement';
      case 'reports': return 'Reports it as the speaker’s claim';
      default: return 'States it as fact';
    }
  },
  storySpeaker: 'Speaker',
  dependenceReason: (dependence: string | null): string =>
    ({
      claimant: 'it is the claimant’s own word',
      'claimant-side': 'it comes from the claimant’s side of the dispute',
      hedged: 'the outlet hedges it or says it could not be verified',
      'not-a-fact': 'it is not a checkable fact',
      'unknown-source': 'the outlet does not say who stands behind it',
    })[dependence ?? ''] ?? 'it rests on the same reporting as another appearance',
  breadcrumbLabel: 'Breadcrumb',

  // Footer, feed and descriptions
  footerNavLabel: 'About this site',
  footerPublishedBy: 'Published by',
  footerFeed: 'RSS feed',
  footerAnnotations: 'Annotations (W3C Web Annotation, JSON-LD)',
  footerClaimsJson: 'All claims as JSON',
  feedLinkTitle: (site: string) => `${site}: new articles`,
  /** "12 claims" and ["5 Unverified", …] → "12 claims: 5 Unverified, …." */
  claimCountsText: (total: string, parts: readonly string[]) => (parts.length > 0 ? `${total}: ${parts.join(', ')}.` : `${total}.`),

  // Methodology page
  methodologyHeading: 'Methodology',
  methodologyIntro:
    'How every claim on this site gets its status, who sets it, and how to read it. Everything below is generated from the same tables the pipeline uses, so it always describes what the site does.',
  statusesHeading: 'The statuses',
  statusesIntro:
    'Every claim carries exactly one status, always written out next to its icon. Four are assigned automatically; three only an editor can give, after checking the claim against evidence. An editor’s verdict overrides any automatic status.',
  statusesCaption: 'Statuses, what they mean and who sets them',
  columnMeaning: 'Meaning',
  columnSetBy: 'Set by',
  columnRating: 'ClaimReview rating',
  setByPipeline: 'Automatically',
  setByEditor: 'Editor only',
  ratingNone: 'None: label only',
  ratingValue: (value: number, best: number) => `${value} of ${best}`,
  kindsHeading: 'What a claim is: its kind',
  worthinessHeading: 'Which claims are worth checking',
  worthinessIntro: (threshold: number, factor: number) =>
    `Each claim gets a check-worthiness score from 0 to 1: the sum of the weights of the signals it has, multiplied by ${factor} when its kind is not a checkable fact. ` +
    `Claims scoring ${threshold.toFixed(2)} or more are check-worthy: highlighted in their article and marked "Check-worthy". The others stay in the text, unhighlighted but still linked. ` +
    'The signals are read from the claim’s structure and words, so a cue that means something else does not count ("may" the verb is no month, "killed the bill" is no harm). The claims list can be sorted by the score, and so can search.',
  worthinessCaption: 'Check-worthiness signals and their weights',
  columnSignal: 'Signal',
  columnWeight: 'Weight',
  kindsIntro:
    'Before asking how a claim stands, the pipeline asks what it is. A report of a fact can be checked; a forecast, a demand or a value judgement cannot, so those are shown with their kind and never as facts. The kind is read from the claim’s structure: “insisted that its troops were still holding” reports a fact, “they are completely surrounded” is not a prediction, and “a delegation is expected to arrive on Monday” reports a plan.',
  kindsCaption: 'Kinds of claim, what they mean and whether they can be checked',
  columnKind: 'Kind',
  columnCheckable: 'Can be checked',
  checkableYes: 'Yes',
  checkableNo: 'No',
  checkablePlan: 'A plan or scheduled event: yes; a forecast: no',
  automaticHeading: 'How automatic statuses are assigned',
  automaticIntro:
    'A status is a judgement of the evidence in the whole collection, not of one article. The same claim is found in every article that reports it, under any wording, and the pipeline asks who stands behind each appearance. The first of these rules that applies decides the status; the reason shown with the claim says who stands behind it.',
  rulesCaption: 'Status rules, in the order they apply',
  columnWhen: 'When',
  independenceHeading: 'What counts as an independent source',
  matchingCaveat:
    'Corroborated means that independent sources confirm the claim, not that it is true; Disputed means that someone denies it, not that it is false. Only an editor’s verdict says whether a claim is accurate.',
  editorsHeading: 'Editors’ verdicts',
  editorsText:
    'An editor can give any claim a verdict that overrides its automatic status; Verified, False and Misleading need at least one evidence link. The claim then shows the editor’s note, evidence, date and name, and the automatic status it replaced. Every verdict is listed on the corrections page.',
  editorsLink: 'All corrections and verdicts',
  dataHeading: 'Open data',
  dataClaimReview: (worst: number, best: number) =>
    `Each article page describes its claims as schema.org ClaimReview data, which search engines and fact-check tools read. Its rating runs from ${worst} (false) to ${best} (accurate) and is given only for editors’ verdicts, as in the table above; an automatic status is published with its label alone, because it is not a judgement of accuracy.`,
  dataAnnotations:
    'Every claim as a W3C Web Annotation, with quote and position selectors into the article’s cleaned text (its paragraphs joined by a blank line), in a collection that links to its pages:',
  dataClaimsJson: 'Every article and claim as plain JSON, an index that lists the files holding them:',
  dataFeed: 'New articles as an RSS feed:',

  // Corrections page
  correctionsHeading: 'Corrections and verdicts',
  correctionsIntro:
    'Every claim an editor has reviewed, newest first: the status the pipeline had given it, the editor’s status, and why.',
  correctionsEmpty: 'No editor has reviewed a claim yet.',
  correctionsCaption: 'Editors’ verdicts, newest first',
  columnReviewed: 'Reviewed',
  columnChange: 'Status',
  columnNote: 'Editor’s note',
  columnReviewer: 'Reviewer',
  statusChangedTo: 'changed to',
  statusBeforeUnknown: 'No automatic status',
  reviewerUnknown: 'An editor',
} as const;
