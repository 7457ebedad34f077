/**
 * The quality gates of design.md 8 over the whole built site (dist/), and
 * each gate shown to fail on a small site built to break it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite, type SiteIndex } from '../../scripts/lib/site-index.ts';
import { CSP_HEADER, CSP_META } from '../../src/lib/site/security-headers.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site/urls.ts';
import { distDir } from '../support/paths.ts';
import { builtSite, pageAt, requireDist } from '../support/dist.ts';
import {
  brokenReferences,
  overweightPages,
  pagesWithoutCsp,
  templateDefects,
  thirdPartyReferences,
  unsourcedPages,
} from '../support/site-gates.ts';

const SITE_ORIGIN = new URL(process.env.SITE_URL ?? DEFAULT_SITE_URL).origin;
let dist: SiteIndex;

beforeAll(() => {
  requireDist();
  dist = builtSite();
});

describe('quality gates over every built page', () => {
  it('links: every internal link, #anchor and asset reference resolves', () => {
    expect(brokenReferences(dist)).toEqual([]);
  });

  it('third parties: no page or stylesheet loads anything from another origin', () => {
    expect(thirdPartyReferences(dist)).toEqual([]);
  });

  it('weight: HTML under 14 KB gzipped, linked CSS under 20 KB, content pages at most one small deferred script', () => {
    expect(overweightPages(dist)).toEqual([]);
  });

  it('text: no doubled words, missing values, stray punctuation or empty sections', () => {
    expect(templateDefects(dist)).toEqual([]);
  });

  it('sources: every code, command and comparison page links the RFC sections or sources it relies on', () => {
    expect(unsourcedPages(dist, SITE_ORIGIN)).toEqual([]);
  });

  it('security: every page carries the Content-Security-Policy, and _headers sends it with the other headers', () => {
    expect(pagesWithoutCsp(dist, CSP_META)).toEqual([]);
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers.split('\n')[0]).toBe('/*');
    for (const line of [
      `Content-Security-Policy: ${CSP_HEADER}`,
      'X-Content-Type-Options: nosniff',
      'X-Frame-Options: DENY',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ]) {
      expect(headers).toContain(`  ${line}\n`);
    }
    // What the built site sends: no framing, and no inline or eval'd script and no wildcard source.
    const header = /^ {2}Content-Security-Policy: (.*)$/m.exec(headers)![1]!;
    const meta = pageAt('/codes/550', dist).httpEquiv.get('content-security-policy')!;
    expect(header).toContain("frame-ancestors 'none'");
    for (const policy of [header, meta]) expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });
});

describe('each gate fails on a site built to break it', () => {
  const root = mkdtempSync(join(tmpdir(), 'broken-site-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const page = (body: string, head = '') =>
    `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${CSP_META}">${head}</head><body>${body}</body></html>`;

  let site: SiteIndex;

  beforeAll(() => {
    write(
      'index.html',
      page(
        '<main><h2 id="top">Top</h2><p><a href="/good">fine</a> <a href="/good#here">fine</a> <a href="/missing">gone</a> <a href="/good#nowhere">no anchor</a></p></main>',
        '<link rel="stylesheet" href="/style.css"><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter"><link rel="canonical" href="https://example.org/">',
      ),
    );
    write(
      'good.html',
      page(
        '<main><p id="here">The the same word twice.</p><p>It costs NaN dollars , and more..</p><p></p><section><h2>Empty</h2></section></main>',
        '<img src="//cdn.example.net/pixel.gif" alt="">',
      ),
    );
    write(
      'style.css',
      'body { background: url(/missing.png); } @font-face { src: url(https://fonts.gstatic.com/inter.woff2); }',
    );
    write(
      'no-csp.html',
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>No policy.</p></body></html>',
    );
    write('scripts/big.js', `// ${'x'.repeat(3000)}\n`);
    write(
      'codes/550.html',
      page(
        // Hashes do not compress: about 22 KB gzipped, over the 14 KB budget.
        `<main><p>${Array.from({ length: 700 }, (_, i) => createHash('sha256').update(String(i)).digest('hex')).join(' ')}</p></main><script src="/scripts/big.js"></script><script>alert(1)</script>`,
      ),
    );
    // Sources: only the footer every page shares names an RFC, and the page links only its own site.
    write(
      'commands/noop.html',
      page(
        `<main><p>See <a href="${SITE_ORIGIN}/codes/200">200</a>.</p></main><footer><a href="https://datatracker.ietf.org/doc/html/rfc959">RFC 959</a></footer>`,
      ),
    );
    write(
      'commands/retr.html',
      page('<main><p>See <a href="https://datatracker.ietf.org/doc/html/rfc959#section-4.1.3">RFC 959</a>.</p></main>'),
    );
    // A comparison page that links a code page but no source.
    write('compare/550-vs-551.html', page('<main><p>Compare <a href="/codes/550">550</a> with 551.</p></main>'));
    write(
      '550.html',
      page('<p>Moved to <a href="/codes/550">550</a>.</p>', '<meta http-equiv="refresh" content="0; url=/codes/550">'),
    );
    site = readSite(root);
  });

  it('links', () => {
    expect(brokenReferences(site)).toEqual([
      'index.html: /missing is not in the site',
      'index.html: /good#nowhere has no element with id "nowhere"',
      'style.css: /missing.png is not in the site',
    ]);
  });

  it('third parties', () => {
    expect(thirdPartyReferences(site)).toEqual([
      'good.html: loads //cdn.example.net/pixel.gif',
      'index.html: loads https://fonts.googleapis.com/css?family=Inter',
      'style.css: loads https://fonts.gstatic.com/inter.woff2',
    ]);
  });

  it('weight', () => {
    expect(overweightPages(site)).toEqual([
      expect.stringMatching(/^codes\/550\.html: \d+ bytes of HTML gzipped \(limit 14336\)$/),
      'codes/550.html: 2 scripts (at most one)',
      'codes/550.html: /scripts/big.js is not deferred',
      expect.stringMatching(/^codes\/550\.html: \/scripts\/big\.js is \d+ bytes \(limit 2048\)$/),
      'codes/550.html: (inline) is not deferred',
      'codes/550.html: an inline script',
    ]);
  });

  it('text', () => {
    const problems = templateDefects(site).filter((p) => p.startsWith('good.html'));
    expect(problems.map((p) => p.split(': ')[1])).toEqual([
      'doubled word',
      'missing value',
      'space before punctuation',
      'doubled punctuation',
      'empty element',
      'section with nothing but its heading',
    ]);
  });

  it('sources', () => {
    expect(unsourcedPages(site, SITE_ORIGIN)).toEqual([
      'codes/550.html: links no source',
      'commands/noop.html: links no source',
      'compare/550-vs-551.html: links no source',
    ]);
  });

  it('security', () => {
    expect(pagesWithoutCsp(site, CSP_META)).toEqual(['no-csp.html: no Content-Security-Policy meta tag']);
  });
});
