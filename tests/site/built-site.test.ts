/**
 * The built site (dist/) against the content: every page exists, command
 * pages link every code of their sequence, code pages list the commands that
 * return them, and every page is valid HTML. The site-wide gates (links,
 * weight, text, security) are in site-gates.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { codesOf, returnedBy } from '../../src/lib/ftp/sequences.ts';
import { codeUrl, commandUrl } from '../../src/lib/site/urls.ts';
import { contentDir, distDir, rfcDir } from '../support/paths.ts';
import { fileForPath, htmlFiles, internalLinks, readPage, requireDist } from '../support/dist.ts';

const content = loadContent({ contentDir, rfcDir });
const commands = content.commands.map((c) => ({ id: c.id, data: c.data }));

beforeAll(requireDist);

describe('built site', () => {
  it('has a page for every code and every command, at the canonical URL', () => {
    const missing = [
      ...content.codes.map((c) => codeUrl(c.code)),
      ...content.commands.map((c) => commandUrl(c.id)),
      '/',
      '/codes',
      '/commands',
      '/404',
    ].filter((path) => !fileForPath(path));
    expect(missing).toEqual([]);
  });

  it.each(content.commands.map((c) => [commandUrl(c.id), c] as const))(
    '%s links every code of its sequence',
    (path, command) => {
      const links = new Set(internalLinks(readPage(fileForPath(path)!)));
      const missing = codesOf(command.data).filter((code) => !links.has(codeUrl(code)));
      expect(missing).toEqual([]);
    },
  );

  it.each(content.codes.map((c) => [codeUrl(c.code), c.code] as const))(
    '%s lists every command that can return it',
    (path, code) => {
      const html = readPage(fileForPath(path)!);
      const section = html.slice(html.indexOf('id="returned-by"'), html.indexOf('id="references"'));
      const expected = returnedBy(code, commands).map((r) => commandUrl(r.command.id));
      const missing = expected.filter((href) => !section.includes(`href="${href}"`));
      expect(missing).toEqual([]);
      if (expected.length === 0)
        expect(section).toMatch(/No command-reply sequence in the RFCs lists|it is not an FTP reply/);
    },
  );

  it('links every section heading of code, comparison and command pages to itself', () => {
    const pages = htmlFiles().filter(
      (file) =>
        /^(codes|commands|compare)\/[^/]+\.html$/.test(file) && !readPage(file).includes('http-equiv="refresh"'),
    );
    expect(pages.length).toBeGreaterThan(2500);
    const unlinked: string[] = [];
    for (const file of pages) {
      for (const m of readPage(file).matchAll(/<(h[23]) id="([^"]+)"[^>]*>(.*?)<\/\1>/g)) {
        if (!m[3]!.startsWith(`<a href="#${m[2]}">`)) unlinked.push(`${file}: ${m[0].slice(0, 80)}`);
      }
    }
    expect(unlinked).toEqual([]);
    expect(readPage('codes/550.html')).toContain('<h2 id="fix-server"><a href="#fix-server">Fix (server)</a></h2>');
  });

  it('is valid HTML on every page (html-validate with the project config, .htmlvalidate.mjs)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateFile(join(distDir, file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every code a short link that lands on its page', () => {
    const redirects = new Set(readFileSync(join(distDir, '_redirects'), 'utf8').trim().split('\n'));
    const problems: string[] = [];
    for (const { code } of content.codes) {
      const html = readPage(fileForPath(`/${code}`) ?? 'missing');
      if (!html.includes(`content="0; url=/codes/${code}"`)) problems.push(`/${code}: no refresh to /codes/${code}`);
      if (!/<link rel="canonical" href="[^"]+\/codes\/\d+"/.test(html)) problems.push(`/${code}: no canonical`);
      if (!redirects.has(`/${code} /codes/${code} 301`)) problems.push(`/${code}: not in _redirects`);
    }
    expect(problems).toEqual([]);
  });

  it('ships no JavaScript on content pages, and only small known scripts on the tool pages', () => {
    // JSON-LD is data, not a script: it runs nothing and every indexable page has it.
    const scripts = (file: string) =>
      (readPage(file).match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'));
    // Code and comparison pages load one small deferred script, for the ticket note's copy button;
    // command pages (and the short-link and reversed-pair pages) load none.
    const copyPages = htmlFiles().filter(
      (file) =>
        /^codes\/\d+\.html$/.test(file) ||
        (/^compare\/\d.+\.html$/.test(file) && !readPage(file).includes('http-equiv="refresh"')),
    );
    expect(copyPages.length).toBe(content.codes.length + (content.codes.length * (content.codes.length - 1)) / 2);
    // Astro emits each component's processed <script> as a module file (deferred by nature).
    const bundled = (component: string) =>
      expect.stringMatching(new RegExp(`^<script type="module" src="/_astro/${component}[^"]+\\.js">$`));
    const copy = scripts(copyPages[0]!);
    expect(copy).toEqual([bundled('TicketNote')]);
    for (const file of copyPages) expect(scripts(file), file).toEqual(copy);
    const withScripts = htmlFiles()
      .filter((file) => scripts(file).length > 0 && !copyPages.includes(file))
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
    const lookup = bundled('LookupBox');
    for (const file of ['index.html', 'codes.html', 'lookup.html']) expect(scripts(file), file).toEqual([lookup]);
    expect(scripts('404.html')).toEqual([lookup, bundled('404')]);
    expect(scripts('compare.html')).toEqual([bundled('ComparePicker')]);
    expect(scripts('explain.html')).toEqual([bundled('Explainer')]);
    // Pagefind's UI, written after the build, then the page's own module, which runs after it.
    expect(scripts('search.html')).toEqual(['<script src="/pagefind/pagefind-ui.js" defer>', bundled('search')]);
    const fileOf = (page: string, component: string) =>
      new RegExp(`src="/(_astro/${component}[^"]+)"`).exec(readPage(page))![1]!;
    // The copy script is all a content page loads: small, and importing no other chunk.
    const copyFile = fileOf(copyPages[0]!, 'TicketNote');
    expect(statSync(join(distDir, copyFile)).size).toBeLessThan(2048);
    expect(readFileSync(join(distDir, copyFile), 'utf8')).not.toMatch(/\bimport\b/);
    for (const [page, component] of [
      ['index.html', 'LookupBox'],
      ['404.html', '404'],
      ['compare.html', 'ComparePicker'],
    ] as const)
      expect(statSync(join(distDir, fileOf(page, component))).size, component).toBeLessThan(2048);
  });
});
