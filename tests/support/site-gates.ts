/**
 * Quality gates over a built site (design.md 8; run by tests/site/site-gates.test.ts over dist/
 * and over a small site built to break each gate). Each gate reads the site's index
 * (scripts/lib/site-index.ts: every page parsed once) and returns its problems as
 * "file: problem" lines; an empty list means the gate passes.
 */
import { PAGE_BUDGETS, pageWeights } from '../../scripts/lib/page-weights.ts';
import { servedFile, type EmptyElement, type SiteIndex } from '../../scripts/lib/site-index.ts';

const ORIGIN = 'http://site.invalid';

/**
 * Links, anchors and asset references that lead nowhere: every same-site URL in every page and
 * stylesheet must be served, and every #fragment must exist on its target page.
 */
export function brokenReferences(site: SiteIndex): string[] {
  const problems: string[] = [];
  for (const page of site.pages.values()) {
    const base = new URL(page.path, ORIGIN);
    for (const { url } of page.references) {
      if (/^(mailto:|tel:|data:|javascript:)/i.test(url)) continue;
      const target = new URL(url, base);
      if (target.origin !== base.origin) continue;
      const served = servedFile(site, target.pathname);
      if (!served) {
        problems.push(`${page.file}: ${url} is not in the site`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const targetPage = site.pages.get(served);
      if (fragment && targetPage && !targetPage.ids.has(fragment))
        problems.push(`${page.file}: ${url} has no element with id "${fragment}"`);
    }
  }
  for (const { file, references } of site.stylesheets) {
    const base = new URL(`/${file}`, ORIGIN);
    for (const url of references) {
      const target = new URL(url, base);
      if (target.origin === base.origin && !servedFile(site, target.pathname))
        problems.push(`${file}: ${url} is not in the site`);
    }
  }
  return problems;
}

/** Anything the browser would load from another origin: fonts, analytics, CDNs, images. */
export function thirdPartyReferences(site: SiteIndex): string[] {
  const foreign = (url: string) => /^(https?:)?\/\//i.test(url);
  return [
    ...[...site.pages.values()].flatMap((page) =>
      page.references.filter((r) => r.loads && foreign(r.url)).map((r) => `${page.file}: loads ${r.url}`),
    ),
    ...site.stylesheets.flatMap(({ file, references }) =>
      references.filter(foreign).map((url) => `${file}: loads ${url}`),
    ),
  ];
}

/** Content pages: code, comparison, command and server pages (redirect pages included). */
export const isContentPage = (file: string) =>
  /^(codes|compare|commands)\/[^/]+\.html$/.test(file) || /^servers(\/.+)?\.html$/.test(file);

/**
 * Pages over the weight budget (scripts/lib/page-weights.ts): HTML over 14 KB gzipped, linked CSS
 * over 20 KB, and content pages that run more than one small deferred script.
 */
export function overweightPages(site: SiteIndex): string[] {
  const problems: string[] = [];
  for (const page of pageWeights(site)) {
    if (page.htmlGzip > PAGE_BUDGETS.htmlGzip)
      problems.push(`${page.file}: ${page.htmlGzip} bytes of HTML gzipped (limit ${PAGE_BUDGETS.htmlGzip})`);
    if (page.css > PAGE_BUDGETS.css)
      problems.push(`${page.file}: ${page.css} bytes of CSS (limit ${PAGE_BUDGETS.css})`);
    if (!isContentPage(page.file)) continue;
    if (page.scripts.length > 1) problems.push(`${page.file}: ${page.scripts.length} scripts (at most one)`);
    for (const s of page.scripts) {
      if (!s.deferred) problems.push(`${page.file}: ${s.src} is not deferred`);
      if (s.src === '(inline)') problems.push(`${page.file}: an inline script`);
      else if (s.bytes > PAGE_BUDGETS.contentScript)
        problems.push(`${page.file}: ${s.src} is ${s.bytes} bytes (limit ${PAGE_BUDGETS.contentScript})`);
    }
  }
  return problems;
}

/**
 * Where a word is written twice ("The the", "to to"), or undefined. The second must be in lower
 * case, so "USER User name" is fine, and hyphenated words stay whole ("Internet-Draft draft-somers").
 *
 * @example doubledWord('Read the the reply') // -> 5
 */
export function doubledWord(text: string): number | undefined {
  for (const m of text.matchAll(/(?<![-\w])([A-Za-z][a-z]+)\s+(?=([a-z]+)(?![-\w]))/g)) {
    if (m[1]!.toLowerCase() === m[2]) return m.index;
  }
  return undefined;
}

const TEXT_RULES: [RegExp, string][] = [
  // "undefined" is also an English word (RFC 3659: "the result is undefined"), so only the unmistakable ones.
  [/\bNaN\b|\[object Object\]|\{[A-Za-z.]+\}/, 'missing value'],
  [/\s[,.;:](?=\s|$)/, 'space before punctuation'],
  // An ellipsis after a comma ("h3,...") quotes RFC 1639; two dots after a word are a slip, but ".." as the parent
  // directory ("CWD ..", "../conf") is a name.
  [/(?<![.\s"'/(])\.\.(?![./"'\w])|,,|;;|,\.(?!\.\.)/, 'doubled punctuation'],
];
/** Elements that say nothing when empty. */
const NEVER_EMPTY = /^(p|li|h[1-6]|td|dd|dt)$/;
const markup = ({ element, attributes }: EmptyElement) =>
  `<${element}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')}></${element}>`;

/**
 * Signs of a template filled in wrongly: a doubled word, a value that never arrived (undefined,
 * NaN, [object Object]), stray punctuation, and empty paragraphs, list items, headings or sections.
 */
export function templateDefects(site: SiteIndex): string[] {
  const problems: string[] = [];
  for (const page of site.pages.values()) {
    if (page.refresh !== undefined) continue;
    const { file, text } = page;
    const around = (index: number, length: number) =>
      `"…${text.slice(Math.max(0, index - 30), index + length + 30).trim()}…"`;
    const doubled = doubledWord(text);
    if (doubled !== undefined) problems.push(`${file}: doubled word: ${around(doubled, 10)}`);
    for (const [rule, label] of TEXT_RULES) {
      const m = rule.exec(text);
      if (m) problems.push(`${file}: ${label}: ${around(m.index, m[0].length)}`);
    }
    for (const attribute of page.missingValueAttributes.slice(0, 1))
      problems.push(`${file}: missing value in an attribute: ${attribute.slice(0, 80)}`);
    const empty = page.empty.find((e) => NEVER_EMPTY.test(e.element));
    if (empty) problems.push(`${file}: empty element: ${markup(empty)}`);
    const bare = page.sections.find((s) => s.content.length === 1 && /^h[1-6]$/.test(s.content[0]!));
    if (bare) problems.push(`${file}: section with nothing but its heading: ${bare.id ?? bare.text.slice(0, 60)}`);
    // Lists a script fills (data-*) start empty on purpose.
    const list = page.empty.find(
      (e) => /^(ul|ol|dl)$/.test(e.element) && !Object.keys(e.attributes).some((a) => a.startsWith('data-')),
    );
    if (list) problems.push(`${file}: empty list: ${markup(list)}`);
  }
  return problems;
}

/**
 * Code, command and comparison pages that cite no source: each must link an RFC section or
 * another site from inside `<main>` (the footer every page shares does not count).
 */
export function unsourcedPages(site: SiteIndex, ownOrigin: string): string[] {
  const problems: string[] = [];
  for (const page of site.pages.values()) {
    if (page.refresh !== undefined || !/^(codes|commands)\/[^/]+\.html$|^compare\/\d+-vs-\d+\.html$/.test(page.file))
      continue;
    const links = page.references
      .filter((r) => r.element === 'a' && r.inMain)
      .map((r) => new URL(r.url, new URL(page.path, ORIGIN)));
    if (links.some((url) => url.protocol === 'https:' && url.origin !== ownOrigin)) continue;
    problems.push(`${page.file}: links no source`);
  }
  return problems;
}

/** Pages without the site's Content-Security-Policy meta tag. */
export function pagesWithoutCsp(site: SiteIndex, policy: string): string[] {
  return [...site.pages.values()]
    .filter((page) => page.httpEquiv.get('content-security-policy') !== policy)
    .map((page) => `${page.file}: no Content-Security-Policy meta tag`);
}
