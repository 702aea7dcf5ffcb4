#!/usr/bin/env node
// Checks the FORMAT of an evaluation set (see FORMAT.md). It knows nothing of how Factline works.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname, basename } from 'node:path';

const dir = process.argv[2];
if (!dir) { console.error('usage: node validate.mjs <set folder>'); process.exit(2); }
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const KINDS = ['factual', 'attributed', 'denial', 'prediction', 'demand', 'position', 'value-judgement'];
const STATUSES = ['unverified', 'corroborated', 'disputed', 'not-checkable'];
const ORIGINS = ['own', 'wire', 'cites', 'copy'];
const TYPES = ['person', 'government', 'military', 'ministry', 'agency', 'organisation', 'outlet', 'unnamed'];

const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…', eacute: 'é', copy: '©', middot: '·', bull: '•' };
function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENT[e.toLowerCase()] ?? m;
  });
}
function norm(s) {
  return s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`>#]/g, '').replace(/\s+/g, ' ').trim();
}
function rawText(file, text) {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const body = text.replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' ');
    return norm(decode(body));
  }
  return norm(text);
}

const seedsDir = join(dir, 'seeds');
const labelsDir = join(dir, 'labels');
if (!existsSync(seedsDir)) err('no seeds/ folder');
if (!existsSync(labelsDir)) err('no labels/ folder');
if (!existsSync(join(dir, 'stories.json'))) err('no stories.json');
if (!existsSync(join(dir, 'README.md'))) warn('no README.md yet');
if (errors.length) finish();

let stories;
try { stories = JSON.parse(readFileSync(join(dir, 'stories.json'), 'utf8')); } catch (e) { err(`stories.json: ${e.message}`); finish(); }
for (const k of ['stories', 'outlets', 'entities', 'clusters']) if (!stories[k] || typeof stories[k] !== 'object') err(`stories.json: missing object "${k}"`);
for (const [id, e] of Object.entries(stories.entities ?? {})) {
  if (!e.name) err(`entity ${id}: no name`);
  if (!TYPES.includes(e.type)) err(`entity ${id}: type "${e.type}" is not one of ${TYPES.join(', ')}`);
  if (!Array.isArray(e.aliases)) err(`entity ${id}: aliases must be a list`);
}
for (const [id, c] of Object.entries(stories.clusters ?? {})) {
  if (!stories.stories?.[c.story]) err(`cluster ${id}: unknown story "${c.story}"`);
  if (!c.fact) err(`cluster ${id}: no fact`);
  if (c.claimant != null && !stories.entities?.[c.claimant]) warn(`cluster ${id}: claimant "${c.claimant}" is not an entity`);
}

const seeds = readdirSync(seedsDir).filter((f) => !f.startsWith('.'));
const labelFiles = new Set(readdirSync(labelsDir).filter((f) => f.endsWith('.json')));
const stats = { articles: 0, claims: 0, kinds: {}, statuses: {}, layouts: new Set(), outlets: new Set(), stories: new Set(), ext: {}, denials: 0, hedged: 0, clusterUse: {} };
const allClaims = [];
for (const file of seeds) {
  const id = basename(file, extname(file));
  if (!['.txt', '.html', '.htm', '.md', '.markdown'].includes(extname(file).toLowerCase())) err(`seeds/${file}: not .txt/.html/.md`);
  if (!labelFiles.has(`${id}.json`)) { err(`seeds/${file}: no labels/${id}.json`); continue; }
  labelFiles.delete(`${id}.json`);
  const raw = rawText(file, readFileSync(join(seedsDir, file), 'utf8'));
  let L;
  try { L = JSON.parse(readFileSync(join(labelsDir, `${id}.json`), 'utf8')); } catch (e) { err(`labels/${id}.json: ${e.message}`); continue; }
  const where = `labels/${id}.json`;
  stats.articles++;
  stats.ext[extname(file)] = (stats.ext[extname(file)] ?? 0) + 1;
  if (L.file !== file) err(`${where}: file is "${L.file}", expected "${file}"`);
  if (!stories.stories?.[L.story]) err(`${where}: unknown story "${L.story}"`);
  stats.stories.add(L.story);
  if (!stories.outlets?.[L.outlet]) err(`${where}: outlet "${L.outlet}" is not in stories.json outlets`);
  else if (!(stories.outlets[L.outlet].articles ?? []).includes(id)) warn(`${where}: outlets["${L.outlet}"].articles does not list ${id}`);
  stats.outlets.add(L.outlet);
  if (!L.layout) err(`${where}: no layout`);
  stats.layouts.add(L.layout);
  for (const k of ['headline', 'publisher', 'agency', 'published']) if (!(k in L)) err(`${where}: missing "${k}" (use null when there is none)`);
  if (L.headline != null && !raw.includes(norm(decode(L.headline)))) warn(`${where}: headline not found in the raw page: ${L.headline}`);
  if (L.published != null && !/^\d{4}-\d{2}-\d{2}$/.test(L.published)) err(`${where}: published "${L.published}" is not YYYY-MM-DD`);
  if (!L.origin || !ORIGINS.includes(L.origin.type)) err(`${where}: origin.type must be one of ${ORIGINS.join(', ')}`);
  if (!Array.isArray(L.body) || L.body.length === 0) { err(`${where}: body must be a non-empty list`); continue; }
  const bodyNorm = L.body.map((p) => norm(decode(p)));
  bodyNorm.forEach((p, i) => { if (!raw.includes(p)) err(`${where}: body[${i}] not found in the raw page: ${p.slice(0, 90)}…`); });
  if (!Array.isArray(L.clutter)) err(`${where}: clutter must be a list`);
  else for (const c of L.clutter) if (!raw.includes(norm(decode(c)))) warn(`${where}: clutter line not found in the raw page: ${String(c).slice(0, 80)}`);
  if (!Array.isArray(L.claims)) { err(`${where}: claims must be a list`); continue; }
  L.claims.forEach((c, i) => {
    const w = `${where} claims[${i}]`;
    const t = norm(decode(c.text ?? ''));
    if (!t) err(`${w}: no text`);
    else if (!bodyNorm.some((p) => p.includes(t))) err(`${w}: text is not inside one body paragraph: ${t.slice(0, 90)}…`);
    if (!KINDS.includes(c.kind)) err(`${w}: kind "${c.kind}" is not one of ${KINDS.join(', ')}`);
    if (!STATUSES.includes(c.status)) err(`${w}: status "${c.status}" is not one of ${STATUSES.join(', ')}`);
    if (c.speaker != null && !stories.entities?.[c.speaker]) err(`${w}: speaker "${c.speaker}" is not an entity`);
    if (c.kind === 'factual' && c.speaker != null) warn(`${w}: factual claim with a speaker (factual = the outlet's own voice)`);
    if (c.kind !== 'factual' && c.speaker == null) warn(`${w}: ${c.kind} claim with no speaker`);
    if (c.cluster != null && !stories.clusters?.[c.cluster]) err(`${w}: cluster "${c.cluster}" is not in stories.json`);
    if (!Array.isArray(c.denies)) err(`${w}: denies must be a list`);
    else for (const d of c.denies) if (!stories.clusters?.[d]) err(`${w}: denies unknown cluster "${d}"`);
    if (typeof c.hedged !== 'boolean') err(`${w}: hedged must be true or false`);
    if (!c.why) warn(`${w}: no why`);
    if (c.status === 'not-checkable' && !['prediction', 'demand', 'value-judgement'].includes(c.kind)) warn(`${w}: not-checkable ${c.kind}? (positions, denials and plans are checkable)`);
    stats.claims++;
    stats.kinds[c.kind] = (stats.kinds[c.kind] ?? 0) + 1;
    stats.statuses[c.status] = (stats.statuses[c.status] ?? 0) + 1;
    if (c.denies?.length) stats.denials++;
    if (c.hedged) stats.hedged++;
    if (c.cluster) (stats.clusterUse[c.cluster] ??= new Set()).add(id);
    allClaims.push({ id, ...c });
  });
}
for (const f of labelFiles) err(`labels/${f}: no seed file for it`);
// Consistency of disputed labels with denies links.
const denied = new Set(allClaims.flatMap((c) => c.denies ?? []));
for (const c of allClaims) {
  const isDisputed = (c.cluster && denied.has(c.cluster)) || (c.denies ?? []).length > 0;
  if (isDisputed && c.status !== 'disputed' && c.status !== 'not-checkable') warn(`labels/${c.id}.json: "${c.text.slice(0, 60)}…" is in a denied cluster or is a denial, but its status is ${c.status}`);
  if (!isDisputed && c.status === 'disputed') warn(`labels/${c.id}.json: "${c.text.slice(0, 60)}…" is disputed but nothing in the set denies its cluster`);
}
const multi = Object.entries(stats.clusterUse).filter(([, s]) => s.size > 1).length;
console.log(`articles ${stats.articles}, stories ${stats.stories.size}, outlets ${stats.outlets.size}, layouts ${stats.layouts.size} (${[...stats.layouts].join(', ')})`);
console.log(`files ${JSON.stringify(stats.ext)}; claims ${stats.claims}; kinds ${JSON.stringify(stats.kinds)}; statuses ${JSON.stringify(stats.statuses)}`);
console.log(`clusters reported in more than one article: ${multi}; denials: ${stats.denials}; hedged: ${stats.hedged}`);
finish();

function finish() {
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of errors) console.log(`error: ${e}`);
  console.log(errors.length ? `${errors.length} error(s), ${warnings.length} warning(s)` : `ok, ${warnings.length} warning(s)`);
  process.exit(errors.length ? 1 : 0);
}
