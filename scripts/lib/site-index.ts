/**
 * One reading of a built site (dist/): every HTML page parsed once, with a real HTML parser
 * (htmlparser2), into the facts that the quality gates, the tests of the built site and
 * `npm run bench` check. Nothing here judges a page; the checks read the index.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: unknown }>;

/** A URL written in a page: a link, an asset, a form target or a refresh. */
export interface Reference {
  /** The element and attribute it is written in: "a" and "href", "img" and "srcset", "style" and "url()". */
  element: string;
  attribute: string;
  /** The URL as written (entities decoded). */
  url: string;
  /** Whether the browser loads it with the page (a stylesheet, a script, an image), rather than follow it. */
  loads: boolean;
  /** The visible text of a link (`<a>`), else "". */
  text: string;
  /** The id of the heading of the `<section>` the reference is in, if any. */
  section?: string;
  /** Whether it is inside `<main>`, rather than in the head, header or footer every page shares. */
  inMain: boolean;
}

/** A heading of the page. */
export interface Heading {
  level: number;
  id?: string;
  text: string;
  /** The href of the link the heading starts with, if it starts with one. */
  link?: string;
}

/** A `<section>` of the page. */
export interface Section {
  /** The id of the heading that labels it (aria-labelledby, else its first heading). */
  id?: string;
  /** Its visible text (see {@link SitePage.text}). */
  text: string;
  /** What it is made of, in order: element names, and "#text" for text that is not blank. */
  content: string[];
}

/** A script element that runs (JSON-LD is data: see {@link SitePage.jsonLd}). */
export interface Script {
  /** The URL of its file; undefined for an inline script. */
  src?: string;
  type?: string;
  /** Deferred: `defer`, or a module (modules are deferred by default). */
  deferred: boolean;
}

/** An element with nothing in it: no child element and no text but white space. */
export interface EmptyElement {
  element: string;
  attributes: Record<string, string>;
}

export interface SitePage {
  /** The file, relative to the site folder: "codes/550.html". */
  file: string;
  /** The URL path it is served at: "/codes/550". */
  path: string;
  /** Bytes of HTML. */
  bytes: number;
  /** Bytes of HTML gzipped (level 6, what hosts send): what has to fit the first round trip (design.md 8). */
  gzipBytes: number;
  /** The lang attribute of `<html>`. */
  lang?: string;
  /** The text of `<title>`. */
  title: string;
  /** `<meta name>` and `<meta property>` contents by name: meta.get('og:url'). */
  meta: ReadonlyMap<string, string>;
  /** `<meta http-equiv>` contents by lower-case header name: httpEquiv.get('content-security-policy'). */
  httpEquiv: ReadonlyMap<string, string>;
  /** Where a meta refresh sends the reader: a page that only forwards (short link, reversed pair). */
  refresh?: string;
  /** The href of `<link rel="canonical">`. */
  canonical?: string;
  /** Every URL the page writes, in document order. */
  references: Reference[];
  /** Every id, for #fragment links. */
  ids: ReadonlySet<string>;
  headings: Heading[];
  sections: Section[];
  /** Scripts that run, in document order. */
  scripts: Script[];
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** The hrefs of `<link rel="stylesheet">`, in order. */
  stylesheets: string[];
  /**
   * The visible prose of the body, block by block (blocks end with "¶"). Quoted transcripts and
   * code (pre, code) become "§", so a sentence around them still reads as one; scripts, styles and
   * text areas are dropped; white space is collapsed.
   */
  text: string;
  /** Elements with nothing in them, in document order. */
  empty: EmptyElement[];
  /** Attribute values that name a value that never arrived: undefined, NaN or null as a word. */
  missingValueAttributes: string[];
}

/** A stylesheet of the site with the URLs it loads (url() and @import). */
export interface Stylesheet {
  file: string;
  references: string[];
}

export interface SiteIndex {
  /** The site folder. */
  dir: string;
  /** Every file of the site, relative to the folder, "/"-separated. */
  files: ReadonlySet<string>;
  /** Every HTML page by file, in the order of the files. */
  readonly pages: ReadonlyMap<string, SitePage>;
  readonly stylesheets: readonly Stylesheet[];
}

/** Block-level elements: their edges end a block of {@link SitePage.text}. */
const BLOCKS = new Set(
  (
    'p li h1 h2 h3 h4 h5 h6 div section nav header footer main article aside td th tr table thead tbody ' +
    'caption dt dd dl ul ol form fieldset legend label button figure figcaption blockquote br hr details ' +
    'summary output select option input'
  ).split(' '),
);
/** Elements whose text is never visible prose. */
const HIDDEN_TEXT = new Set(['script', 'style', 'textarea', 'template']);
/** Elements whose text is code or a quoted transcript. */
const CODE = new Set(['pre', 'code']);
/** Elements that never have content, so are never "empty". */
const VOID = new Set(
  'area base br col embed hr img input link meta source track wbr script style template textarea iframe'.split(' '),
);
/** Elements whose src the browser loads. */
const SRC_LOADS = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'track', 'input']);

/** url(...) and @import targets in CSS, data: URLs left out. */
export function cssReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)]
    .map((m) => (m[1] ?? m[2])!)
    .filter((u) => !u.startsWith('data:'));
}

/**
 * The URL path a page is served at.
 *
 * @example pagePath('codes/550.html') // -> '/codes/550'
 * @example pagePath('index.html') // -> '/'
 */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  return `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/**
 * The file a URL path of the site is served from (pretty URLs), or undefined.
 *
 * @example servedFile(site, '/codes/550#fix-server') // -> 'codes/550.html'
 */
export function servedFile(site: SiteIndex, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!).replace(/^\/+/, '');
  const candidates = clean === '' ? ['index.html'] : [clean, `${clean}.html`, `${clean.replace(/\/$/, '')}/index.html`];
  return candidates.find((c) => site.files.has(c));
}

/**
 * The page a URL path of the site is served from, or undefined.
 *
 * @example servedPage(site, '/550')?.refresh // -> '/codes/550'
 */
export function servedPage(site: SiteIndex, path: string): SitePage | undefined {
  const file = servedFile(site, path);
  return file === undefined ? undefined : site.pages.get(file);
}

/** The size in bytes of a file of the site. */
export function fileSize(site: SiteIndex, file: string): number {
  return statSync(join(site.dir, file)).size;
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * Reads a built site: lists its files at once, and parses every page and stylesheet once, on first
 * use of `pages` or `stylesheets` (a check that only asks which files exist parses nothing).
 *
 * @example readSite('dist').pages.get('codes/550.html')?.title // -> 'FTP 550 File unavailable | FTP reply codes'
 */
export function readSite(dir: string): SiteIndex {
  const files = walk(dir);
  let pages: Map<string, SitePage> | undefined;
  let stylesheets: Stylesheet[] | undefined;
  return {
    dir,
    files: new Set(files),
    get pages() {
      pages ??= new Map(
        files
          .filter((f) => f.endsWith('.html'))
          .map((file) => [file, parsePage(file, readFileSync(join(dir, file), 'utf8'))]),
      );
      return pages;
    },
    get stylesheets() {
      stylesheets ??= files
        .filter((f) => f.endsWith('.css'))
        .map((file) => ({ file, references: cssReferences(readFileSync(join(dir, file), 'utf8')) }));
      return stylesheets;
    },
  };
}

/** Where a meta refresh's content ("0; url=/codes/550") sends the reader. */
const refreshTarget = (content = '') => /url=(.+)$/i.exec(content)?.[1];

/** The URLs an element writes, and whether the browser loads each with the page or only follows it. */
function urlsIn(element: Element): { attribute: string; url: string; loads: boolean }[] {
  const { name, attribs: attrs } = element;
  const urls: { attribute: string; url: string; loads: boolean }[] = [];
  const add = (attribute: string, loads: boolean, url = attrs[attribute]) => {
    if (url !== undefined) urls.push({ attribute, url, loads });
  };
  if (name === 'a' || name === 'area') add('href', false);
  // canonical and alternate name a URL; they load nothing.
  if (name === 'link') add('href', !/\b(canonical|alternate)\b/.test(attrs.rel ?? ''));
  if (SRC_LOADS.has(name)) add('src', true);
  if (name === 'video') add('poster', true);
  if (name === 'object') add('data', true);
  if (name === 'form') add('action', false);
  for (const candidate of (attrs.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]))
    if (candidate) add('srcset', true, candidate);
  for (const url of cssReferences(attrs.style ?? '')) add('style', true, url);
  if (name === 'style') for (const url of cssReferences(DomUtils.textContent(element))) add('url()', true, url);
  const refresh = name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh';
  if (refresh && refreshTarget(attrs.content)) add('content', false, refreshTarget(attrs.content));
  return urls;
}

const isElement = (node: Node): node is Element => 'attribs' in node;
const isText = (node: Node): node is Extract<Node, { data: string }> => node.type === 'text';

/**
 * Parses one page into what the checks read.
 *
 * @example parsePage('a.html', '<title>A</title><p id="x">Hi</p>').ids // -> Set { 'x' }
 */
export function parsePage(file: string, html: string): SitePage {
  const page: SitePage = {
    file,
    path: pagePath(file),
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html, { level: 6 }).length,
    title: '',
    meta: new Map(),
    httpEquiv: new Map(),
    references: [],
    ids: new Set(),
    headings: [],
    sections: [],
    scripts: [],
    jsonLd: [],
    stylesheets: [],
    text: '',
    empty: [],
    missingValueAttributes: [],
  };
  const meta = page.meta as Map<string, string>;
  const httpEquiv = page.httpEquiv as Map<string, string>;
  const ids = page.ids as Set<string>;
  // The visible text is gathered in parts; a section remembers where its text starts.
  const parts: string[] = [];
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

  interface Context {
    inBody: boolean;
    inMain: boolean;
    section?: string;
  }

  const visit = (node: Node, context: Context): void => {
    if (isText(node)) {
      if (context.inBody) parts.push(node.data);
      return;
    }
    if (!isElement(node)) {
      if ('children' in node) for (const child of node.children) visit(child, context);
      return;
    }
    const name = node.name;
    const attrs = node.attribs;
    if (attrs.id !== undefined) ids.add(attrs.id);
    for (const attr in attrs) {
      if (/\b(undefined|NaN|null)\b/.test(attrs[attr]!))
        page.missingValueAttributes.push(`<${name} ${attr}="${attrs[attr]}">`);
    }

    const text = name === 'a' ? collapse(DomUtils.textContent(node)) : '';
    for (const { attribute, url, loads } of urlsIn(node))
      page.references.push({
        element: name,
        attribute,
        url,
        loads,
        text,
        section: context.section,
        inMain: context.inMain,
      });
    if (name === 'link') {
      if (/\bcanonical\b/.test(attrs.rel ?? '')) page.canonical ??= attrs.href;
      if (/\bstylesheet\b/.test(attrs.rel ?? '') && attrs.href !== undefined) page.stylesheets.push(attrs.href);
    }
    if (name === 'html' && attrs.lang !== undefined) page.lang = attrs.lang;
    if (name === 'title' && !context.inBody) page.title = DomUtils.textContent(node);
    if (name === 'meta') {
      const key = attrs.name ?? attrs.property;
      if (key !== undefined && !meta.has(key)) meta.set(key, attrs.content ?? '');
      const header = attrs['http-equiv']?.toLowerCase();
      if (header !== undefined && !httpEquiv.has(header)) httpEquiv.set(header, attrs.content ?? '');
      if (header === 'refresh') page.refresh ??= refreshTarget(attrs.content);
    }
    if (name === 'script') {
      if (attrs.type === 'application/ld+json') page.jsonLd.push(DomUtils.textContent(node));
      else
        page.scripts.push({ src: attrs.src, type: attrs.type, deferred: 'defer' in attrs || attrs.type === 'module' });
    }
    if (/^h[1-6]$/.test(name)) {
      const first = node.children.find((c) => !isText(c) || c.data.trim() !== '');
      page.headings.push({
        level: Number(name[1]),
        id: attrs.id,
        text: collapse(DomUtils.textContent(node)),
        link: first && isElement(first) && first.name === 'a' ? first.attribs.href : undefined,
      });
    }
    if (
      context.inBody &&
      !VOID.has(name) &&
      node.children.every((c) => !isElement(c) && (!isText(c) || !c.data.trim()))
    )
      page.empty.push({ element: name, attributes: { ...attrs } });

    if (HIDDEN_TEXT.has(name)) {
      if (context.inBody) parts.push(' ');
      return;
    }
    if (context.inBody && CODE.has(name)) {
      parts.push('§');
      return;
    }
    const inner: Context =
      name === 'body' || name === 'main' || name === 'section'
        ? {
            inBody: context.inBody || name === 'body',
            inMain: context.inMain || name === 'main',
            section: context.section,
          }
        : context;
    let section: Section | undefined;
    if (name === 'section') {
      const heading = node.children.find((c): c is Element => isElement(c) && /^h[1-6]$/.test(c.name));
      section = {
        id: attrs['aria-labelledby'] ?? heading?.attribs.id,
        text: '',
        content: node.children
          .filter((c) => isElement(c) || (isText(c) && c.data.trim() !== ''))
          .map((c) => (isElement(c) ? c.name : '#text')),
      };
      inner.section = section.id;
    }
    const block = inner.inBody && BLOCKS.has(name);
    if (block) parts.push(' ¶ ');
    const start = parts.length;
    for (const child of node.children) visit(child, inner);
    if (section) {
      section.text = collapse(parts.slice(start).join(''));
      page.sections.push(section);
    }
    if (block) parts.push(' ¶ ');
  };

  for (const node of parseDocument(html).children) visit(node, { inBody: false, inMain: false });
  page.text = parts.join('').replace(/\s+/g, ' ');
  return page;
}
