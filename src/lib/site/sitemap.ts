/**
 * Which pages the sitemap lists (design.md 6): indexable pages only, by
 * canonical path, each with the last commit date of the content it shows.
 */
import { newest } from '../content/git-dates.ts';
import { pairId } from '../ftp/pairs.ts';
import {
  apiUrls,
  clientErrorUrl,
  clientsIndexUrl,
  clientUrl,
  compareUrl,
  guidesIndexUrl,
  guideUrl,
  messagePageUrl,
  serverCodeUrl,
  serversIndexUrl,
  serverUrl,
} from './urls.ts';
import { contentIndex, type SiteContent } from './site-content.ts';
import { codesIndexUrl, codeUrl, commandsIndexUrl, commandUrl, compareIndexUrl, explainUrl, homeUrl } from './urls.ts';

export interface SitemapEntry {
  path: string;
  lastmod?: string | undefined;
}

/**
 * Every page that belongs in the sitemap. `dates` maps a content file
 * ("content/codes/550.md") to its last commit date; lists take the newest of
 * all content, and the explainer, which shows none, has no date.
 *
 * @example sitemapEntries(content, dates)[0] // -> { path: '/', lastmod: '2026-11-27T10:00:00+00:00' }
 */
export function sitemapEntries(content: SiteContent, dates: ReadonlyMap<string, string>): SitemapEntry[] {
  const dateOf = (source: { file?: string | undefined } | undefined) =>
    source?.file ? dates.get(source.file) : undefined;
  const { notes, themes } = contentIndex(content);
  const codeDate = new Map(content.codes.map((c) => [c.code, dateOf(c)]));
  // A server's or client's files sit beside its index.md: its data file and one ID.md per page.
  const siblingFile = (s: { file?: string | undefined }, name: string) => s.file?.replace(/index\.md$/, name);
  const serverDates = new Map(
    content.servers.map((s) => [s.id, newest([dateOf(s), dateOf({ file: siblingFile(s, 'messages.yaml') })])]),
  );
  const clientDates = new Map(
    content.clients.map((c) => [c.id, newest([dateOf(c), dateOf({ file: siblingFile(c, 'errors.yaml') })])]),
  );
  const all = newest([...content.codes, ...content.commands, ...content.notes].map(dateOf));
  return [
    { path: homeUrl, lastmod: all },
    { path: codesIndexUrl, lastmod: all },
    { path: commandsIndexUrl, lastmod: all },
    { path: compareIndexUrl, lastmod: all },
    { path: explainUrl },
    { path: apiUrls.page, lastmod: all },
    ...content.codes.map((c) => ({ path: codeUrl(c.code), lastmod: dateOf(c) })),
    ...content.commands.map((c) => ({ path: commandUrl(c.id), lastmod: dateOf(c) })),
    ...(content.servers.length > 0 ? [{ path: serversIndexUrl, lastmod: newest([...serverDates.values()]) }] : []),
    ...content.servers.flatMap((s) => [
      { path: serverUrl(s.id), lastmod: serverDates.get(s.id) },
      ...[...new Set(s.messages.map((m) => m.code))]
        .sort((a, b) => a - b)
        .map((code) => ({ path: serverCodeUrl(s.id, code), lastmod: serverDates.get(s.id) })),
      ...[...s.pages].sort().map((id) => ({
        path: messagePageUrl(s.id, id),
        lastmod: newest([serverDates.get(s.id), dateOf({ file: siblingFile(s, `${id}.md`) })]),
      })),
    ]),
    ...(content.clients.length > 0 ? [{ path: clientsIndexUrl, lastmod: newest([...clientDates.values()]) }] : []),
    ...content.clients.flatMap((c) => [
      { path: clientUrl(c.id), lastmod: clientDates.get(c.id) },
      ...[...c.pages].sort().map((id) => ({
        path: clientErrorUrl(c.id, id, true),
        lastmod: newest([clientDates.get(c.id), dateOf({ file: siblingFile(c, `${id}.md`) })]),
      })),
    ]),
    ...(content.guides.length > 0
      ? [{ path: guidesIndexUrl, lastmod: newest(content.guides.map((g) => dateOf(g))) }]
      : []),
    ...content.guides.map((g) => ({ path: guideUrl(g.id), lastmod: dateOf(g) })),
    ...themes().flatMap((t) =>
      t.pairs.map((p) => ({
        path: compareUrl(p.a, p.b),
        lastmod: newest([codeDate.get(p.a), codeDate.get(p.b), dateOf(notes.get(pairId(p.a, p.b)))]),
      })),
    ),
  ];
}
