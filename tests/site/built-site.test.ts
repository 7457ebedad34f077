/**
 * The built site (dist/) against the content: every page exists, command
 * pages link every code of their sequence, code pages list the commands that
 * return them, and every page is valid HTML. The site-wide gates (links,
 * weight, text, security) are in site-gates.test.ts.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedFile, servedPage, type SiteIndex, type SitePage } from '../../scripts/lib/site-index.ts';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { codesOf, returnedBy } from '../../src/lib/ftp/sequences.ts';
import { codeUrl, commandUrl } from '../../src/lib/site/urls.ts';
import { contentDir, distDir, rfcDir } from '../support/paths.ts';
import { builtSite, pageAt, requireDist } from '../support/dist.ts';
import { invalidHtml } from '../support/html-validity.ts';
import { SEARCHABLE_FOLDERS } from '../../src/integrations/search-index.ts';

const content = loadContent({ contentDir, rfcDir });
const commands = content.commands.map((c) => ({ id: c.id, data: c.data }));
let site: SiteIndex;

beforeAll(() => {
  requireDist();
  site = builtSite();
});

/** Where the page's links (`<a href>`) lead, optionally only those in the section under the heading `section`. */
const linksOf = (page: SitePage, section?: string) =>
  page.references.filter((r) => r.element === 'a' && (!section || r.section === section)).map((r) => r.url);

describe('built site', () => {
  it('has a page for every code and every command, at the canonical URL', () => {
    const missing = [
      ...content.codes.map((c) => codeUrl(c.code)),
      ...content.commands.map((c) => commandUrl(c.id)),
      '/',
      '/codes',
      '/commands',
      '/404',
    ].filter((path) => !servedFile(site, path));
    expect(missing).toEqual([]);
  });

  it.each(content.commands.map((c) => [commandUrl(c.id), c] as const))(
    '%s links every code of its sequence',
    (path, command) => {
      const links = new Set(linksOf(pageAt(path, site)));
      const missing = codesOf(command.data).filter((code) => !links.has(codeUrl(code)));
      expect(missing).toEqual([]);
    },
  );

  it.each(content.codes.map((c) => [codeUrl(c.code), c.code] as const))(
    '%s lists every command that can return it',
    (path, code) => {
      const page = pageAt(path, site);
      const links = linksOf(page, 'returned-by');
      const expected = returnedBy(code, commands).map((r) => commandUrl(r.command.id));
      expect(expected.filter((href) => !links.includes(href))).toEqual([]);
      if (expected.length === 0)
        expect(page.sections.find((s) => s.id === 'returned-by')?.text).toMatch(
          /No command-reply sequence in the RFCs lists|it is not an FTP reply|encapsulated in a 631, 632 or 633 reply/,
        );
    },
  );

  it('links every section heading of code, comparison and command pages to itself', () => {
    const pages = [...site.pages.values()].filter(
      (page) => /^(codes|commands|compare)\/[^/]+\.html$/.test(page.file) && page.refresh === undefined,
    );
    expect(pages.length).toBeGreaterThan(2500);
    const unlinked = pages.flatMap((page) =>
      page.headings
        .filter((h) => (h.level === 2 || h.level === 3) && h.id !== undefined && h.link !== `#${h.id}`)
        .map((h) => `${page.file}: <h${h.level} id="${h.id}"> ${h.text}`),
    );
    expect(unlinked).toEqual([]);
    expect(pageAt('/codes/550', site).headings).toContainEqual({
      level: 2,
      id: 'fix-server',
      text: 'Fix (server)',
      link: '#fix-server',
    });
  });

  it('indexes for search every page marked searchable, and only those (Pagefind reads their folders only)', () => {
    const searchable = [...site.pages.values()]
      .filter((page) => readFileSync(join(distDir, page.file), 'utf8').includes('data-pagefind-body'))
      .map((page) => page.file);
    expect(searchable.length).toBeGreaterThan(400);
    expect(searchable.filter((file) => !SEARCHABLE_FOLDERS.includes(file.split('/')[0]!))).toEqual([]);
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(searchable.length);
  });

  it('is valid HTML on every page (html-validate with the project config, .htmlvalidate.mjs)', async () => {
    expect(await invalidHtml(distDir, [...site.pages.keys()])).toEqual([]);
  });

  it('would report invalid HTML (the validation is not vacuous)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'invalid-html-'));
    writeFileSync(
      join(dir, 'bad.html'),
      '<!DOCTYPE html><html lang="en"><head><title>Bad</title></head><body><p id="a">One</p><p id="a">Two</p></body></html>',
    );
    expect(await invalidHtml(dir, ['bad.html'])).toEqual([expect.stringMatching(/^bad\.html:1:\d+: no-dup-id: /)]);
  });

  it('gives every code a short link that lands on its page', () => {
    const redirects = new Set(readFileSync(join(distDir, '_redirects'), 'utf8').trim().split('\n'));
    const problems: string[] = [];
    for (const { code } of content.codes) {
      const page = servedPage(site, `/${code}`);
      if (page?.httpEquiv.get('refresh') !== `0; url=/codes/${code}`)
        problems.push(`/${code}: no refresh to /codes/${code}`);
      if (!page?.canonical?.endsWith(`/codes/${code}`)) problems.push(`/${code}: no canonical to /codes/${code}`);
      if (!redirects.has(`/${code} /codes/${code} 301`)) problems.push(`/${code}: not in _redirects`);
    }
    expect(problems).toEqual([]);
  });

  it('ships no JavaScript on content pages, and only small known scripts on the tool pages', () => {
    // JSON-LD is data, not a script: it runs nothing and every indexable page has it (SitePage.jsonLd).
    const scripts = (file: string) => site.pages.get(file)!.scripts;
    // Code and comparison pages load one small deferred script, for the ticket note's copy button;
    // command pages (and the short-link and reversed-pair pages) load none.
    const copyPages = new Set(
      [...site.pages.values()]
        .filter(
          (page) => /^codes\/\d+\.html$/.test(page.file) || (/^compare\/\d.+\.html$/.test(page.file) && !page.refresh),
        )
        .map((page) => page.file),
    );
    expect(copyPages.size).toBe(content.codes.length + (content.codes.length * (content.codes.length - 1)) / 2);
    // Astro emits each component's processed <script> as a module file (deferred by nature).
    const module = (component: string) => ({
      src: expect.stringMatching(new RegExp(`^/_astro/${component}[^/]+\\.js$`)),
      type: 'module',
      deferred: true,
    });
    const copy = scripts([...copyPages][0]!);
    expect(copy).toEqual([module('TicketNote')]);
    for (const file of copyPages) expect(scripts(file), file).toEqual(copy);
    const withScripts = [...site.pages.keys()]
      .filter((file) => scripts(file).length > 0 && !copyPages.has(file))
      .sort();
    expect(withScripts).toEqual([
      '404.html',
      'codes.html',
      'compare.html',
      'explain.html',
      'index.html',
      'lookup.html',
      'search.html',
    ]);
    for (const file of ['index.html', 'lookup.html']) expect(scripts(file), file).toEqual([module('LookupBox')]);
    // /codes also keeps its filters in the address (?class=4&group=2), with a script of its own.
    expect(scripts('codes.html')).toEqual([module('LookupBox'), module('CodeFilters')]);
    expect(scripts('404.html')).toEqual([module('LookupBox'), module('404')]);
    expect(scripts('compare.html')).toEqual([module('ComparePicker')]);
    expect(scripts('explain.html')).toEqual([module('Explainer')]);
    // The page's own module, which imports Pagefind's search API (pagefind/pagefind.js) when it runs.
    expect(scripts('search.html')).toEqual([module('search')]);
    const fileOf = (page: string) => join(distDir, scripts(page).at(-1)!.src!);
    // The copy script is all a content page loads: small, and importing no other chunk.
    const copyFile = join(distDir, copy[0]!.src!);
    expect(statSync(copyFile).size).toBeLessThan(2048);
    expect(readFileSync(copyFile, 'utf8')).not.toMatch(/\bimport\b/);
    for (const page of ['404.html', 'compare.html', 'codes.html'])
      expect(statSync(fileOf(page)).size, page).toBeLessThan(2048);
    // The lookup box is a tool (design.md section 1): its script holds the resolver and the rules for pasted lines
    // (src/lib/site/lookup.ts), and loads only on the pages that show the box; the catalogue it fetches on demand.
    expect(statSync(fileOf('index.html')).size).toBeLessThan(6144);
  });
});
