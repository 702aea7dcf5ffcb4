import { describe, expect, it } from 'vitest';
import { assignStoryIds, EMPTY_REGISTRY, founderStoryId, nameStories, STORY_ID_PATTERN, type StoryMember, type StoryRegistry } from './story-ids.ts';

/** Members from `[claim hex, group, date]`. */
const members = (rows: [string, string, string][]): StoryMember[] => rows.map(([hex, group, date]) => ({ id: `c-${hex}`, group, order: `${date} slug-${hex}` }));
const idsByClaim = (list: readonly StoryMember[], ids: readonly string[]) => Object.fromEntries(list.map((m, i) => [m.id, ids[i]]));
const registry = (stories: Record<string, string[]>, aliases: Record<string, string> = {}): StoryRegistry => ({
  stories: new Map(Object.entries(stories)),
  aliases: new Map(Object.entries(aliases)),
});
/** Build once from nothing, then again with what the first build wrote. */
const rebuild = (first: readonly StoryMember[], second: readonly StoryMember[]) => assignStoryIds(second, assignStoryIds(first).registry);

describe('assignStoryIds', () => {
  it('with no registry, names each cluster after its earliest claim, as the clustering does', () => {
    const list = members([
      ['bbbbbbbbbb', 'g1', '2025-11-02'],
      ['aaaaaaaaaa', 'g1', '2025-11-01'],
      ['cccccccccc', 'g2', '2025-11-03'],
    ]);
    const { ids, registry: next } = assignStoryIds(list, EMPTY_REGISTRY);
    expect(ids).toEqual(['k-aaaaaaaaaa', 'k-aaaaaaaaaa', 'k-cccccccccc']);
    expect([...next.stories]).toEqual([
      ['k-aaaaaaaaaa', ['c-aaaaaaaaaa', 'c-bbbbbbbbbb']],
      ['k-cccccccccc', ['c-cccccccccc']],
    ]);
    expect(next.aliases.size).toBe(0);
  });

  it('breaks a tie of dates by position, like the clustering', () => {
    const list = members([
      ['bbbbbbbbbb', 'g', '2025-11-01'],
      ['aaaaaaaaaa', 'g', '2025-11-01'],
    ]).map((m) => ({ ...m, order: 'same' }));
    expect(assignStoryIds(list).ids).toEqual(['k-bbbbbbbbbb', 'k-bbbbbbbbbb']);
  });

  it('gives a build its own ids back from the registry it wrote (a fixpoint)', () => {
    const list = members([
      ['aaaaaaaaaa', 'g1', '2025-11-01'],
      ['bbbbbbbbbb', 'g1', '2025-11-02'],
      ['cccccccccc', 'g2', '2025-11-03'],
    ]);
    const first = assignStoryIds(list);
    const second = assignStoryIds(list, first.registry);
    expect(second.ids).toEqual(first.ids);
    expect([...second.registry.stories]).toEqual([...first.registry.stories]);
    expect([...second.registry.aliases]).toEqual([]);
  });

  it('keeps the id when an earlier article joins the cluster', () => {
    const before = members([
      ['aaaaaaaaaa', 'g', '2025-11-05'],
      ['bbbbbbbbbb', 'g', '2025-11-06'],
    ]);
    const after = [...before, ...members([['0000000000', 'g', '2025-11-01']])];
    expect(assignStoryIds(after).ids[0]).toBe('k-0000000000');
    const { ids, registry: next } = rebuild(before, after);
    expect(new Set(ids)).toEqual(new Set(['k-aaaaaaaaaa']));
    expect(next.stories.get('k-aaaaaaaaaa')).toEqual(['c-0000000000', 'c-aaaaaaaaaa', 'c-bbbbbbbbbb']);
  });

  it('keeps the id when the founder’s article is removed', () => {
    const before = members([
      ['aaaaaaaaaa', 'g', '2025-11-01'],
      ['bbbbbbbbbb', 'g', '2025-11-02'],
      ['cccccccccc', 'g', '2025-11-03'],
    ]);
    const { ids } = rebuild(before, before.slice(1));
    expect(ids).toEqual(['k-aaaaaaaaaa', 'k-aaaaaaaaaa']);
  });

  it('merges two stories: the larger keeps its id, the other becomes an alias of it', () => {
    const before = members([
      ['aaaaaaaaaa', 'x', '2025-11-01'],
      ['bbbbbbbbbb', 'y', '2025-11-02'],
      ['cccccccccc', 'y', '2025-11-03'],
    ]);
    const merged = before.map((m) => ({ ...m, group: 'z' }));
    const { ids, registry: next } = rebuild(before, merged);
    expect(new Set(ids)).toEqual(new Set(['k-bbbbbbbbbb']));
    expect(Object.fromEntries(next.aliases)).toEqual({ 'k-aaaaaaaaaa': 'k-bbbbbbbbbb' });
    expect([...next.stories.keys()]).toEqual(['k-bbbbbbbbbb']);
  });

  it('merges two stories of the same size: the older keeps its id', () => {
    const before = members([
      ['ffffffffff', 'x', '2025-11-03'],
      ['1111111111', 'y', '2025-11-01'],
    ]);
    const { ids, registry: next } = rebuild(before, before.map((m) => ({ ...m, group: 'z' })));
    expect(new Set(ids)).toEqual(new Set(['k-1111111111']));
    expect(Object.fromEntries(next.aliases)).toEqual({ 'k-ffffffffff': 'k-1111111111' });
  });

  it('splits a story: the part with most of its old members keeps the id, the other gets a fresh one', () => {
    const before = members([
      ['aaaaaaaaaa', 'g', '2025-11-01'],
      ['bbbbbbbbbb', 'g', '2025-11-02'],
      ['cccccccccc', 'g', '2025-11-03'],
    ]);
    const split = before.map((m, i) => ({ ...m, group: i === 0 ? 'alone' : 'pair' }));
    const { ids, registry: next } = rebuild(before, split);
    const byClaim = idsByClaim(split, ids);
    expect(byClaim['c-bbbbbbbbbb']).toBe('k-aaaaaaaaaa');
    expect(byClaim['c-cccccccccc']).toBe('k-aaaaaaaaaa');
    // Its founder-based id is taken by the larger part: another one, deterministic.
    expect(byClaim['c-aaaaaaaaaa']).not.toBe('k-aaaaaaaaaa');
    expect(byClaim['c-aaaaaaaaaa']).toMatch(STORY_ID_PATTERN);
    expect(rebuild(before, split).ids).toEqual(ids);
    expect(next.aliases.size).toBe(0);
  });

  it('moves an old alias on when its story merges again, and forgets a story whose members are all gone', () => {
    const old = registry(
      { 'k-bbbbbbbbbb': ['c-bbbbbbbbbb', 'c-aaaaaaaaaa'], 'k-cccccccccc': ['c-cccccccccc', 'c-dddddddddd', 'c-eeeeeeeeee'], 'k-9999999999': ['c-9999999999'] },
      { 'k-aaaaaaaaaa': 'k-bbbbbbbbbb', 'k-8888888888': 'k-9999999999' },
    );
    const now = members([
      ['aaaaaaaaaa', 'z', '2025-11-01'],
      ['bbbbbbbbbb', 'z', '2025-11-02'],
      ['cccccccccc', 'z', '2025-11-03'],
      ['dddddddddd', 'z', '2025-11-04'],
      ['eeeeeeeeee', 'z', '2025-11-05'],
    ]);
    const { ids, registry: next } = assignStoryIds(now, old);
    expect(new Set(ids)).toEqual(new Set(['k-cccccccccc']));
    expect(Object.fromEntries(next.aliases)).toEqual({ 'k-aaaaaaaaaa': 'k-cccccccccc', 'k-bbbbbbbbbb': 'k-cccccccccc' });
    expect(next.stories.has('k-9999999999')).toBe(false);
  });

  it('never gives out an id that is an alias', () => {
    // k-aaaaaaaaaa was merged into k-bbbbbbbbbb; a claim with that hex now founds a cluster of its own.
    const old = registry({ 'k-bbbbbbbbbb': ['c-bbbbbbbbbb'] }, { 'k-aaaaaaaaaa': 'k-bbbbbbbbbb' });
    const now = members([
      ['aaaaaaaaaa', 'alone', '2025-11-01'],
      ['bbbbbbbbbb', 'b', '2025-11-02'],
    ]);
    const { ids, registry: next } = assignStoryIds(now, old);
    expect(ids[1]).toBe('k-bbbbbbbbbb');
    expect(ids[0]).not.toBe('k-aaaaaaaaaa');
    expect(next.aliases.get('k-aaaaaaaaaa')).toBe('k-bbbbbbbbbb');
    expect(new Set(ids).size).toBe(2);
  });

  it('gives every cluster a distinct id', () => {
    const list = members(Array.from({ length: 40 }, (_, i) => [i.toString(16).padStart(10, '0'), `g${i % 7}`, `2025-11-${String((i % 28) + 1).padStart(2, '0')}`] as [string, string, string]));
    const first = assignStoryIds(list);
    const shuffled = list.map((m, i) => ({ ...m, group: `h${i % 5}` }));
    const { ids } = assignStoryIds(shuffled, first.registry);
    const byGroup = new Map<string, string>();
    shuffled.forEach((m, i) => byGroup.set(m.group, ids[i]!));
    expect(new Set(byGroup.values()).size).toBe(5);
  });
});

describe('nameStories', () => {
  it('renames the clusters of articles and keeps the rest of each claim', () => {
    const articles = [
      { slug: 'b', article: { published: '2025-11-01' }, claims: [{ id: 'c-0000000001', cluster: 'k-0000000001', text: 'x' }] },
      { slug: 'a', article: { published: null }, claims: [{ id: 'c-0000000002', cluster: 'k-0000000001', text: 'y' }] },
    ];
    const old = registry({ 'k-0000000002': ['c-0000000002'] });
    const { articles: named, registry: next } = nameStories(articles, old);
    expect(named.map((a) => a.claims[0]!.cluster)).toEqual(['k-0000000002', 'k-0000000002']);
    expect(named[0]!.claims[0]!.text).toBe('x');
    expect(next.stories.get('k-0000000002')).toEqual(['c-0000000001', 'c-0000000002']);
    expect(founderStoryId('c-0000000001')).toBe('k-0000000001');
  });
});

describe('assignStoryIds over random histories', () => {
  it('gives one id per cluster, a registry whose aliases lead to its stories, and the same ids back from the registry it wrote', async () => {
    const { default: fc } = await import('fast-check');
    // A few builds of up to 30 claims: each build puts each claim present into one of a few groups.
    const build = fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: 30, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(build, { minLength: 1, maxLength: 5 }), (builds) => {
        let registry: StoryRegistry = EMPTY_REGISTRY;
        for (const groups of builds) {
          const list: StoryMember[] = groups.flatMap((group, i) => (group === null ? [] : [{ id: `c-${i.toString(16).padStart(10, '0')}`, group: `g${group}`, order: `2025-11-${String((i % 9) + 1).padStart(2, '0')}` }]));
          const { ids, registry: next } = assignStoryIds(list, registry);
          const idOfGroup = new Map<string, string>();
          list.forEach((m, i) => {
            expect(ids[i]).toMatch(STORY_ID_PATTERN);
            if (idOfGroup.has(m.group)) expect(ids[i]).toBe(idOfGroup.get(m.group));
            idOfGroup.set(m.group, ids[i]!);
          });
          expect(new Set(idOfGroup.values()).size).toBe(idOfGroup.size);
          expect(new Set(next.stories.keys())).toEqual(new Set(idOfGroup.values()));
          for (const [alias, story] of next.aliases) {
            expect(next.stories.has(story)).toBe(true);
            expect(next.stories.has(alias)).toBe(false);
          }
          // The registry it wrote gives the same ids and aliases back: a fixpoint.
          const again = assignStoryIds(list, next);
          expect(again.ids).toEqual(ids);
          expect([...again.registry.aliases]).toEqual([...next.aliases]);
          registry = next;
        }
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
