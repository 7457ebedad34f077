/**
 * What the site generates, checked over every code and every pair of codes (issue 12): no
 * counterpart claim without a sourced entry, no pair sentence that names one code only, no RFC
 * label on a code no RFC defines, no retry or finality statement that disagrees with the code's
 * own data, no related-code reason repeated as boilerplate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFacts, retryAdvice } from '../../src/lib/ftp/code-facts.ts';
import { COUNTERPARTS, counterpartsOf } from '../../src/lib/ftp/counterparts.ts';
import { allPairs } from '../../src/lib/ftp/pairs.ts';
import { relate } from '../../src/lib/ftp/relatedness.ts';
import { isReplyCode, replyClass } from '../../src/lib/ftp/reply-codes.ts';
import { rfcCategory } from '../../src/lib/ftp/rfc.ts';
import { compareText } from '../../src/lib/site/compare-text.ts';
import { codePage, factsBox } from '../../src/lib/site/page-data/code-page.ts';
import { KNOWN_RFCS } from '../../src/lib/content/schema.ts';
import { rfcDir } from '../support/paths.ts';
import { realSiteContent, site } from '../support/site-content.ts';

const content = realSiteContent();
const facts = codeFacts(content.codes, content.commands);
const f = (code: number) => facts.get(code)!;
const editorial = new Set(content.notes.map((n) => n.id));
const pairs = allPairs([...facts.keys()]);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const headings = (body: string) =>
  [...body.matchAll(/^## (.+)$/gm)].map((m) => ({ depth: 2, slug: m[1]!.toLowerCase(), text: m[1]! }));
const pages = content.codes.map((c) => codePage(content, c.code, { headings: headings(c.body), site }));

/** The text of an RFC section: from its heading to the next heading. */
function sectionText(rfc: number, section: string): string {
  const text = readFileSync(join(rfcDir, `rfc${rfc}.txt`), 'utf8');
  const escaped = section.replace(/\./g, '\\.');
  const start = text.search(new RegExp(`^[ \\t]{0,12}${escaped}\\.?[ \\t]+\\S`, 'm'));
  expect(start, `RFC ${rfc} has a section ${section}`).toBeGreaterThanOrEqual(0);
  const body = text.indexOf('\n', start) + 1;
  const rest = text.slice(body);
  const next = rest.search(/^[ \t]{0,8}\d+\.(\d+\.?)*[ \t]+[A-Z]/m);
  return text.slice(start, next < 0 ? undefined : body + next);
}

describe('transient and permanent counterparts', () => {
  it('are each a 4yz and a 5yz whose texts the cited RFC section gives verbatim', () => {
    for (const c of COUNTERPARTS) {
      expect(Math.floor(c.transient / 100), `${c.transient}`).toBe(4);
      expect(Math.floor(c.permanent / 100), `${c.permanent}`).toBe(5);
      const section = squash(sectionText(c.source.rfc, c.source.section));
      const [transient, permanent] = c.source.quotes;
      expect(transient.startsWith(`${c.transient} `) && permanent.startsWith(`${c.permanent} `)).toBe(true);
      expect(section).toContain(squash(transient));
      expect(section).toContain(squash(permanent));
      expect(c.reason).toMatch(new RegExp(`^${c.transient} and ${c.permanent} `));
    }
  });

  it('are the only pairs any page relates as transient and permanent', () => {
    const claimed = pairs.filter(([a, b]) =>
      relate(f(a), f(b), { editorial }).reasons.some((r) => r.kind === 'counterparts'),
    );
    expect(claimed.every(([a, b]) => counterpartsOf(a, b))).toBe(true);
    expect(claimed).toHaveLength(COUNTERPARTS.length);
    for (const page of pages) {
      for (const group of page.related) {
        if (group.heading !== 'Transient or permanent counterpart') continue;
        for (const r of group.codes) expect(counterpartsOf(page.code, r.code), `${page.code}/${r.code}`).toBeDefined();
      }
    }
  });

  it('are never called twins, anywhere in the generated text', () => {
    for (const [a, b] of pairs) {
      const text = compareText(f(a), f(b));
      const all = [...text.verdicts, ...text.points.flatMap((p) => [p.label, ...p.sentences])].join(' ');
      expect(all, `${a}-vs-${b}`).not.toMatch(/\btwins?\b/i);
    }
    for (const page of pages) {
      expect(JSON.stringify(page.related), `${page.code}`).not.toMatch(/\btwins?\b/i);
    }
  });
});

describe('every sentence about a pair', () => {
  it('names both codes, or speaks of both', () => {
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      for (const point of compareText(f(a), f(b)).points) {
        for (const s of point.sentences) {
          const both = /^(Both|Neither|After either one)\b/.test(s) || /\beither \d+ or \d+\b/.test(s);
          const names = new RegExp(`\\b${a}\\b`).test(s) && new RegExp(`\\b${b}\\b`).test(s);
          if (!both && !names) problems.push(`${a}-vs-${b} (${point.label}): ${s}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('lets only a final reply close an exchange, and says 110 comes during the transfer', () => {
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      for (const s of compareText(f(a), f(b)).points.flatMap((p) => p.sentences)) {
        for (const m of s.matchAll(/and (\d+) closes it/g)) {
          if (replyClass(Number(m[1])).final !== true) problems.push(`${a}-vs-${b}: ${s}`);
        }
        if (/\b110 (and \d+ each )?follows/.test(s)) problems.push(`${a}-vs-${b}: ${s}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    const place = compareText(f(110), f(226)).points.find((p) => p.label === 'Place in a session')!;
    expect(place.sentences[0]).toMatch(/^In a session, 110 comes while a transfer runs/);
  });

  it('gives each code the retry advice of its own data', () => {
    for (const [a, b] of pairs) {
      const retry = compareText(f(a), f(b)).points.find((p) => p.label === 'Retrying');
      const advice = [a, b].map((code) => retryAdvice(code, content.codes.find((c) => c.code === code)!.data));
      // A pair with a socket error says nothing about retrying; any other pair says each code's own advice.
      expect(!!retry, `${a}-vs-${b}`).toBe(advice.every(Boolean));
      for (const own of advice) {
        if (own && retry)
          expect(retry!.sentences.join(' '), `${a}-vs-${b}`).toContain(own.charAt(0).toLowerCase() + own.slice(1));
      }
    }
  });
});

describe('every code page', () => {
  it('labels the reply text by what defines it', () => {
    for (const page of pages) {
      const { status } = content.codes.find((c) => c.code === page.code)!.data;
      const rfc = /^Reply text in the (Experimental )?RFC$/.test(page.textLabel);
      expect(rfc, `${page.code} (${status}): ${page.textLabel}`).toBe(
        status === 'standard' || status === 'experimental',
      );
    }
  });

  it('calls a code standard only when a standards-track RFC defines it', () => {
    for (const { code, data } of content.codes) {
      const tracks = data.definedIn.map((d) => rfcCategory(d.rfc));
      if (data.status === 'standard') expect(tracks, `${code}`).toContain('standards-track');
      if (data.status === 'experimental') expect(new Set(tracks), `${code}`).toEqual(new Set(['experimental']));
    }
    expect(content.codes.find((c) => c.code === 228)?.data.status).toBe('experimental');
  });

  it('states the retry advice and finality of its own data', () => {
    for (const { code, data, body } of content.codes) {
      const box = factsBox(code, data);
      if (!isReplyCode(code) || data.status === 'not-ftp') {
        expect(box.reply, `${code}`).toBeUndefined();
        continue;
      }
      expect(box.reply?.retry, `${code}`).toBe(retryAdvice(code, data));
      const final = replyClass(code).final;
      expect(box.reply?.final, `${code}`).toMatch(final === null ? /^It depends/ : final ? /^Yes/ : /^No/);
      // A page whose own advice says not to retry gets no "may succeed" in its fact box.
      if (/\*\*Do not retry/i.test(body)) expect(box.reply?.retry, `${code}`).not.toMatch(/may succeed/);
    }
  });

  it('gives no related-code reason more than a handful of times across the site', () => {
    const counts = new Map<string, number>();
    for (const page of pages) {
      for (const r of page.related.flatMap((g) => g.codes)) {
        if (r.reason) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
      }
    }
    const repeated = [...counts].filter(([, n]) => n > 5);
    expect(repeated).toEqual([]);
  });
});

describe('protected replies', () => {
  it('are returned by any command, wrapped, and have no function group', () => {
    for (const code of [631, 632, 633]) {
      const page = pages.find((p) => p.code === code)!;
      expect(page.returnedBy.kind, `${code}`).toBe('wraps-any');
      expect(page.facts.reply?.group, `${code}`).toBeUndefined();
    }
    const others = pages.filter((p) => ![631, 632, 633].includes(p.code));
    expect(others.filter((p) => p.returnedBy.kind === 'wraps-any')).toEqual([]);
  });
});

describe('RFC categories', () => {
  it('match the Category line of each RFC text that has one', () => {
    for (const rfc of KNOWN_RFCS) {
      const header = readFileSync(join(rfcDir, `rfc${rfc}.txt`), 'utf8')
        .split('\n')
        .slice(0, 40)
        .join('\n');
      const category = /Category: (Standards Track|Proposed Standard|Experimental)/.exec(header)?.[1];
      // RFC 959 (STD 9) and RFC 1123 (STD 3) predate the Category line.
      const expected = category === 'Experimental' ? 'experimental' : 'standards-track';
      if (!category) expect([959, 1123], `RFC ${rfc} has no Category line`).toContain(rfc);
      expect(rfcCategory(rfc), `RFC ${rfc}`).toBe(expected);
    }
  });
});
