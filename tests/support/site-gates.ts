/**
 * Quality gates over a built site (design.md 8; run by tests/site/site-gates.test.ts
 * over dist/ and over tests/fixtures/broken-site/, and read by `npm run bench`).
 * Each gate takes the output folder and returns its problems as
 * "file: problem" lines; an empty list means the gate passes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Page {
  /** Path relative to the site folder, e.g. "codes/550.html". */
  file: string;
  html: string;
}

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path)];
  });
}

/** Every file of a built site whose name ends with `ext`, relative to the site folder. */
export function siteFiles(dir: string, ext: string): string[] {
  return walk(dir).filter((f) => f.endsWith(ext));
}

/** Every HTML page of a built site. */
export function sitePages(dir: string): Page[] {
  return siteFiles(dir, '.html').map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
}

/** The URL path a page is served at: "codes/550.html" -> "/codes/550", "index.html" -> "/". */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  return `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/** The file a site path is served from (pretty URLs: /codes/550 -> codes/550.html), or undefined. */
export function servedFile(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!).replace(/^\/+/, '');
  const candidates = clean === '' ? ['index.html'] : [clean, `${clean}.html`, `${clean.replace(/\/$/, '')}/index.html`];
  return candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
}

/** The text of HTML with the entities Astro writes decoded (&amp; last, so "&amp;lt;" stays "&lt;"). */
export const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const decode = decodeEntities;

/** Every tag with its name and attributes (the site's own HTML: quoted attributes only). */
function tags(html: string): { name: string; attrs: Map<string, string> }[] {
  return [...html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: new Map(
      [...m[2]!.matchAll(/([a-z:-]+)(?:="([^"]*)")?/gi)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? '')]),
    ),
  }));
}

/** URL-bearing references of a page: [kind, url], where kind says whether the browser loads it. */
function references(html: string): { url: string; loads: boolean }[] {
  const out: { url: string; loads: boolean }[] = [];
  for (const { name, attrs } of tags(html)) {
    const add = (attr: string, loads: boolean) => {
      const value = attrs.get(attr);
      if (value !== undefined) out.push({ url: value, loads });
    };
    if (name === 'a' || name === 'area') add('href', false);
    if (name === 'link') {
      const rel = attrs.get('rel') ?? '';
      // canonical and alternate name a URL; they load nothing.
      add('href', !/\b(canonical|alternate)\b/.test(rel));
    }
    if (['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'track', 'input'].includes(name))
      add('src', true);
    if (name === 'video') add('poster', true);
    if (name === 'object') add('data', true);
    if (name === 'form') add('action', false);
    for (const candidate of (attrs.get('srcset') ?? '')
      .split(',')
      .map((s) => s.trim().split(/\s+/)[0])
      .filter(Boolean))
      out.push({ url: candidate!, loads: true });
    if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url=(.+)$/i.exec(attrs.get('content') ?? '')?.[1];
      if (url) out.push({ url, loads: false });
    }
  }
  return out;
}

/** url(...) and @import targets in a stylesheet. */
function cssReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)]
    .map((m) => (m[1] ?? m[2])!)
    .filter((u) => !u.startsWith('data:'));
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));

/**
 * Links, anchors and asset references that lead nowhere: every same-site URL
 * in every page and stylesheet must be served, and every #fragment must exist
 * on its target page.
 */
export function brokenReferences(dir: string): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, ids(readFileSync(join(dir, file), 'utf8')));
    return idCache.get(file)!;
  };
  for (const { file, html } of sitePages(dir)) {
    const base = new URL(pagePath(file), 'http://site.invalid');
    for (const { url } of references(html)) {
      if (/^(mailto:|tel:|data:|javascript:)/i.test(url)) continue;
      const target = new URL(url, base);
      if (target.origin !== base.origin) continue;
      const served = servedFile(dir, target.pathname);
      if (!served) {
        problems.push(`${file}: ${url} is not in the site`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && served.endsWith('.html') && !idsOf(served).has(fragment))
        problems.push(`${file}: ${url} has no element with id "${fragment}"`);
    }
  }
  for (const file of siteFiles(dir, '.css')) {
    const base = new URL(`/${file}`, 'http://site.invalid');
    for (const url of cssReferences(readFileSync(join(dir, file), 'utf8'))) {
      const target = new URL(url, base);
      if (target.origin === base.origin && !servedFile(dir, target.pathname))
        problems.push(`${file}: ${url} is not in the site`);
    }
  }
  return problems;
}

/** Anything the browser would load from another origin: fonts, analytics, CDNs, images. */
export function thirdPartyReferences(dir: string): string[] {
  const problems: string[] = [];
  const foreign = (url: string) => /^(https?:)?\/\//i.test(url);
  for (const { file, html } of sitePages(dir)) {
    for (const { url, loads } of references(html)) if (loads && foreign(url)) problems.push(`${file}: loads ${url}`);
  }
  for (const file of siteFiles(dir, '.css')) {
    for (const url of cssReferences(readFileSync(join(dir, file), 'utf8')))
      if (foreign(url)) problems.push(`${file}: loads ${url}`);
  }
  return problems;
}

export interface PageWeight {
  file: string;
  /** Bytes of HTML. */
  html: number;
  /** Bytes of all stylesheets the page links. */
  css: number;
  /** Scripts that run (JSON-LD is data and not counted). */
  scripts: { src: string; bytes: number; deferred: boolean }[];
  /** A page that only forwards (meta refresh): a short link or a reversed pair. */
  redirect: boolean;
}

/** What each page costs to load. */
export function pageWeights(dir: string): PageWeight[] {
  const sizeOf = (path: string) => {
    const file = servedFile(dir, path);
    return file ? statSync(join(dir, file)).size : 0;
  };
  return sitePages(dir).map(({ file, html }) => {
    const all = tags(html);
    const css = all
      .filter((t) => t.name === 'link' && /\bstylesheet\b/.test(t.attrs.get('rel') ?? ''))
      .reduce((sum, t) => sum + sizeOf(t.attrs.get('href')!), 0);
    const scripts = all
      .filter((t) => t.name === 'script' && t.attrs.get('type') !== 'application/ld+json')
      .map((t) => ({
        src: t.attrs.get('src') ?? '(inline)',
        bytes: t.attrs.has('src') ? sizeOf(t.attrs.get('src')!) : 0,
        deferred: t.attrs.has('defer') || t.attrs.get('type') === 'module',
      }));
    return { file, html: Buffer.byteLength(html), css, scripts, redirect: html.includes('http-equiv="refresh"') };
  });
}

export const LIMITS = { html: 30 * 1024, css: 20 * 1024, contentScript: 2 * 1024 };

/** Content pages: code, comparison and command pages (redirect pages included). */
export const isContentPage = (file: string) => /^(codes|compare|commands)\/[^/]+\.html$/.test(file);

/**
 * Pages over the weight budget: HTML over 30 KB, linked CSS over 20 KB, and
 * content pages that run more than one small deferred script.
 */
export function overweightPages(dir: string): string[] {
  const problems: string[] = [];
  for (const page of pageWeights(dir)) {
    if (page.html > LIMITS.html) problems.push(`${page.file}: ${page.html} bytes of HTML (limit ${LIMITS.html})`);
    if (page.css > LIMITS.css) problems.push(`${page.file}: ${page.css} bytes of CSS (limit ${LIMITS.css})`);
    if (!isContentPage(page.file)) continue;
    if (page.scripts.length > 1) problems.push(`${page.file}: ${page.scripts.length} scripts (at most one)`);
    for (const s of page.scripts) {
      if (!s.deferred) problems.push(`${page.file}: ${s.src} is not deferred`);
      if (s.src === '(inline)') problems.push(`${page.file}: an inline script`);
      else if (s.bytes > LIMITS.contentScript)
        problems.push(`${page.file}: ${s.src} is ${s.bytes} bytes (limit ${LIMITS.contentScript})`);
    }
  }
  return problems;
}

const BLOCK_TAG =
  /<\/?(?:p|li|h[1-6]|div|section|nav|header|footer|main|article|aside|td|th|tr|table|thead|tbody|caption|dt|dd|dl|ul|ol|form|fieldset|legend|label|button|figure|figcaption|blockquote|br|hr|details|summary|output|select|option|input)\b[^>]*>/gi;

/**
 * The visible prose of a page, block by block (blocks end with "¶"). Quoted
 * transcripts and code (pre, code) become "§", so a sentence around them still
 * reads as one; head, scripts and styles are dropped.
 */
export function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return decode(
    body
      .replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<(pre|code)\b[\s\S]*?<\/\1>/gi, '§')
      .replace(BLOCK_TAG, ' ¶ ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' '),
  );
}

/**
 * Where a word is written twice ("The the", "to to"), or undefined. The second
 * must be in lower case, so "USER User name" is fine, and hyphenated words stay
 * whole ("Internet-Draft draft-somers").
 */
export function doubledWord(text: string): number | undefined {
  for (const m of text.matchAll(/(?<![-\w])([A-Za-z][a-z]+)\s+(?=([a-z]+)(?![-\w]))/g)) {
    if (m[1]!.toLowerCase() === m[2]) return m.index;
  }
  return undefined;
}

/**
 * Signs of a template filled in wrongly: a doubled word, a value that never
 * arrived (undefined, NaN, [object Object]), stray punctuation, and empty
 * paragraphs, list items, headings or sections.
 */
export function templateDefects(dir: string): string[] {
  const problems: string[] = [];
  const textRules: [RegExp, string][] = [
    // "undefined" is also an English word (RFC 3659: "the result is undefined"), so only the unmistakable ones.
    [/\bNaN\b|\[object Object\]|\{[A-Za-z.]+\}/, 'missing value'],
    [/\s[,.;:](?=\s|$)/, 'space before punctuation'],
    // An ellipsis after a comma ("h3,...") quotes RFC 1639; two dots alone are a slip.
    [/(?<!\.)\.\.(?!\.)|,,|;;|,\.(?!\.\.)/, 'doubled punctuation'],
  ];
  const markupRules: [RegExp, string][] = [
    [/="[^"]*\b(undefined|NaN|null)\b[^"]*"/, 'missing value in an attribute'],
    [/<(p|li|h[1-6]|td|dd|dt)\b[^>]*>\s*<\/\1>/, 'empty element'],
    [/<section\b[^>]*>\s*<h([1-6])\b[^>]*>[\s\S]*?<\/h\1>\s*<\/section>/, 'section with nothing but its heading'],
    // Lists a script fills (data-*) start empty on purpose.
    [/<(ul|ol|dl)\b(?![^>]*\sdata-)[^>]*>\s*<\/\1>/, 'empty list'],
  ];
  for (const { file, html } of sitePages(dir)) {
    if (html.includes('http-equiv="refresh"')) continue;
    const text = visibleText(html);
    const doubled = doubledWord(text);
    if (doubled !== undefined)
      problems.push(`${file}: doubled word: "…${text.slice(Math.max(0, doubled - 30), doubled + 40).trim()}…"`);
    for (const [rule, label] of textRules) {
      const m = rule.exec(text);
      if (m)
        problems.push(
          `${file}: ${label}: "…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).trim()}…"`,
        );
    }
    for (const [rule, label] of markupRules) {
      const m = rule.exec(html);
      if (m) problems.push(`${file}: ${label}: ${m[0].slice(0, 80)}`);
    }
  }
  return problems;
}

/** Pages without the site's Content-Security-Policy meta tag. */
export function pagesWithoutCsp(dir: string, policy: string): string[] {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}">`;
  return sitePages(dir)
    .filter(({ html }) => !html.includes(tag) && !html.includes(tag.replace(/&#39;/g, "'")))
    .map(({ file }) => `${file}: no Content-Security-Policy meta tag`);
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
