/**
 * The one place pages read content collections. Everything derived comes
 * from `src/lib`; this file only wires collections to it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { codeFacts, type CodeFacts } from '../ftp/code-facts.ts';
import { compareText } from './compare-text.ts';
import { allPairs, comparePaths, pairId, type ComparePath } from '../ftp/pairs.ts';
import {
  apiUrls,
  codeUrl,
  codesIndexUrl,
  commandUrl,
  commandsIndexUrl,
  compareIndexUrl,
  compareUrl,
  explainUrl,
  homeUrl,
} from './urls.ts';
import { oftenCompared, pairTheme, relate, THEMES, type Theme } from '../ftp/relatedness.ts';
import { relatedCodes } from '../ftp/related.ts';
import { returnedBy, sortCommands } from '../ftp/sequences.ts';
import { codeData, commandData } from './dataset.ts';
import { lastCommitDates, newest } from '../content/git-dates.ts';
import { contentDir } from '../content/content-dir.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type CommandEntry = CollectionEntry<'commands'>;

/** Code entries sorted by number. The entry id is the code, e.g. "550". */
export async function allCodes(): Promise<CodeEntry[]> {
  const codes = await getCollection('codes');
  return codes.sort((a, b) => Number(a.id) - Number(b.id));
}

/** Command entries: the connection event first, then commands A-Z. */
export async function allCommands(): Promise<CommandEntry[]> {
  return sortCommands(await getCollection('commands'));
}

/** Everything a code page shows beyond its own file. */
export async function codeContext(entry: CodeEntry) {
  const [codes, commands] = await Promise.all([allCodes(), allCommands()]);
  const code = Number(entry.id);
  const names = new Map(codes.map((c) => [Number(c.id), c.data.name]));
  return {
    returnedBy: returnedBy(code, commands),
    related: relatedCodes(code, { codes: [...names.keys()], seeAlso: entry.data.seeAlso, commands }).map((r) => ({
      ...r,
      name: names.get(r.code) ?? '',
    })),
  };
}

/** Short names by code, for labelling links. */
export async function codeNames(): Promise<Map<number, string>> {
  return new Map((await allCodes()).map((c) => [Number(c.id), c.data.name]));
}

/** Number, name, summary and status of every code, for lists. */
export async function codeSummaries() {
  return (await allCodes()).map((c) => ({
    code: Number(c.id),
    name: c.data.name,
    summary: c.data.summary,
    status: c.data.status,
  }));
}

let factsCache: Promise<Map<number, CodeFacts>> | undefined;
/** Facts about every code for comparisons, computed once per build. */
export function allFacts(): Promise<Map<number, CodeFacts>> {
  factsCache ??= Promise.all([allCodes(), allCommands()]).then(([codes, commands]) =>
    codeFacts(
      codes.map((c) => ({ code: Number(c.id), data: c.data })),
      commands,
    ),
  );
  return factsCache;
}

export type CompareEntry = CollectionEntry<'compare'>;

/** Editorial notes on pairs, by pair id ("450-vs-550"). */
export async function compareNotes(): Promise<Map<string, CompareEntry>> {
  return new Map((await getCollection('compare')).map((entry) => [entry.id, entry]));
}

/** Ids of the pairs that have editorial notes. */
export async function editorialIds(): Promise<Set<string>> {
  return new Set((await compareNotes()).keys());
}

/** Every comparison page path: canonical and reversed. */
export async function comparePathList(): Promise<ComparePath[]> {
  return comparePaths([...(await allFacts()).keys()]);
}

/** Everything the page of one pair shows. */
export async function comparison([a, b]: [number, number]) {
  const [facts, notes] = await Promise.all([allFacts(), compareNotes()]);
  const editorial = new Set(notes.keys());
  const fa = facts.get(a)!;
  const fb = facts.get(b)!;
  const related = (code: number) =>
    oftenCompared(code, facts, { editorial, limit: 4 }).filter((r) => r.code !== a && r.code !== b);
  return {
    a: fa,
    b: fb,
    text: compareText(fa, fb),
    relatedness: relate(fa, fb, { editorial }),
    note: notes.get(pairId(a, b)),
    alsoCompared: [
      ...related(a).map((r) => [a, r.code] as [number, number]),
      ...related(b).map((r) => [b, r.code] as [number, number]),
    ],
  };
}

/** The pairs worth comparing with one code, for its page. */
export async function oftenComparedWith(code: number) {
  const [facts, editorial] = await Promise.all([allFacts(), editorialIds()]);
  return oftenCompared(code, facts, { editorial }).map((r) => ({ code: r.code, name: facts.get(r.code)!.name }));
}

/** Every indexable pair, grouped by theme for the comparison index. */
export async function relatedPairsByTheme() {
  const [facts, editorial] = await Promise.all([allFacts(), editorialIds()]);
  const groups = new Map<Theme, { a: number; b: number; note: boolean }[]>(THEMES.map((t) => [t, []]));
  for (const [a, b] of allPairs([...facts.keys()])) {
    const fa = facts.get(a)!;
    const fb = facts.get(b)!;
    const relatedness = relate(fa, fb, { editorial });
    if (!relatedness.indexable) continue;
    groups.get(pairTheme(fa, fb, relatedness))!.push({ a, b, note: editorial.has(pairId(a, b)) });
  }
  return [...groups].filter(([, pairs]) => pairs.length > 0).map(([theme, pairs]) => ({ theme, pairs }));
}

/**
 * Every page that belongs in the sitemap: indexable pages only, canonical
 * URLs, each with the last commit date of the content it shows (lists: the
 * newest of all content; the explainer shows none).
 */
export async function sitemapEntries(): Promise<{ path: string; lastmod?: string }[]> {
  const [codes, commands, themes, notes] = await Promise.all([
    allCodes(),
    allCommands(),
    relatedPairsByTheme(),
    compareNotes(),
  ]);
  const dates = lastCommitDates(contentDir());
  const dateOf = (entry: { filePath?: string } | undefined) =>
    entry?.filePath ? dates.get(entry.filePath.replace(/^\.\//, '')) : undefined;
  const codeDate = new Map(codes.map((c) => [Number(c.id), dateOf(c)]));
  const all = newest([...codes, ...commands, ...notes.values()].map(dateOf));
  return [
    { path: homeUrl, lastmod: all },
    { path: codesIndexUrl, lastmod: all },
    { path: commandsIndexUrl, lastmod: all },
    { path: compareIndexUrl, lastmod: all },
    { path: explainUrl },
    { path: apiUrls.page, lastmod: all },
    ...codes.map((c) => ({ path: codeUrl(Number(c.id)), lastmod: dateOf(c) })),
    ...commands.map((c) => ({ path: commandUrl(c.id), lastmod: dateOf(c) })),
    ...themes.flatMap((t) =>
      t.pairs.map((p) => ({
        path: compareUrl(p.a, p.b),
        lastmod: newest([codeDate.get(p.a), codeDate.get(p.b), dateOf(notes.get(pairId(p.a, p.b)))]),
      })),
    ),
  ];
}

/** Every code as the open dataset publishes it (/api/codes.json). */
export async function datasetCodes(site: URL) {
  const [codes, commands] = await Promise.all([allCodes(), allCommands()]);
  return Promise.all(
    codes.map(async (entry) => {
      const { related } = await codeContext(entry);
      return codeData(
        { code: Number(entry.id), data: entry.data, related: related.map(({ code, reason }) => ({ code, reason })) },
        commands,
        site,
      );
    }),
  );
}

/** Every command as the open dataset publishes it (/api/commands.json). */
export async function datasetCommands(site: URL) {
  return commandData(await allCommands(), site);
}
