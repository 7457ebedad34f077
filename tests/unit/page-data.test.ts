import { describe, expect, it } from 'vitest';
import { clientsSection, codePage, returnedBySection } from '../../src/lib/site/page-data/code-page.ts';
import { commandPage } from '../../src/lib/site/page-data/command-page.ts';
import { comparePage, compareReferences } from '../../src/lib/site/page-data/compare-page.ts';
import { codeLists, lookupIndex } from '../../src/lib/site/page-data/code-lists.ts';
import { compareIndexPage } from '../../src/lib/site/page-data/compare-index-page.ts';
import { commandsIndexPage } from '../../src/lib/site/page-data/commands-index-page.ts';
import {
  redirectPageHtml,
  redirectPages,
  reversedPairPage,
  shortLinkPage,
} from '../../src/lib/site/page-data/redirect-page.ts';
import { sharedStylesheets } from '../../src/integrations/redirect-pages.ts';
import { contentIndex } from '../../src/lib/site/site-content.ts';
import { sitemapEntries } from '../../src/lib/site/sitemap.ts';
import { PHASES } from '../../src/lib/ftp/phases.ts';
import { replySources, returnedBy } from '../../src/lib/ftp/sequences.ts';
import { allPairs } from '../../src/lib/ftp/pairs.ts';
import { isReplyCode } from '../../src/lib/ftp/reply-codes.ts';
import { realSiteContent, site } from '../support/site-content.ts';

const content = realSiteContent();
const headings = [
  { depth: 2, slug: 'meaning', text: 'Meaning' },
  { depth: 3, slug: 'detail', text: 'Detail' },
];
const titleOf = (head: { tag: string; content?: string }[]) => head.find((e) => e.tag === 'title')?.content;

describe('code page model', () => {
  const page = codePage(content, 550, { headings, site });

  it('names the code, its class and its neighbours in numeric order', () => {
    expect(page.name).toBe('File unavailable');
    expect(page.facts.reply?.cls.name).toBe('Permanent Negative Completion');
    expect(page.facts.status).toBeUndefined();
    const codes = content.codes.map((c) => c.code);
    expect(page.prev?.code).toBe(codes[codes.indexOf(550) - 1]);
    expect(page.next?.code).toBe(codes[codes.indexOf(550) + 1]);
  });

  it('links the level-2 headings of the body between the derived sections', () => {
    expect(page.sections.map((s) => s.id)).toEqual([
      'what-to-do',
      'meaning',
      'server-messages',
      'clients',
      'returned-by',
      'related',
      'references',
      'ticket-note',
    ]);
  });

  it('opens with what to do: the first steps of its own fix sections, linked to their items', () => {
    expect(page.whatToDo.map((side) => [side.sectionId, side.steps.map((s) => `${s.text} #${s.id}`)])).toEqual([
      [
        'fix-client',
        [
          'Do not retry unchanged #fix-client-do-not-retry-unchanged',
          'Note which command failed #fix-client-note-which-command-failed',
          'Check where you are and what is there #fix-client-check-where-you-are-and-what-is-there',
        ],
      ],
      [
        'fix-server',
        [
          'Read the log entry for the command #fix-server-read-the-log-entry-for-the-command',
          'Check permissions as the account the FTP login runs as #fix-server-check-permissions-as-the-account-the-ftp-login-runs-as',
          'Check the server’s own access rules #fix-server-check-the-servers-own-access-rules',
        ],
      ],
    ]);
  });

  it('lists the twin first among the comparisons of a transient reply', () => {
    expect(codePage(content, 450, { headings, site }).compared[0]?.code).toBe(550);
  });

  it('gives a socket error a status and no class', () => {
    const socket = codePage(content, 10054, { headings, site });
    expect(socket.facts.status?.label).toBe('Not an FTP reply');
    expect(socket.facts.reply).toBeUndefined();
    expect(socket.returnedBy.kind).toBe('not-ftp');
  });

  it('lists commands per phase for a code that nearly every command returns, and a row each otherwise', () => {
    expect(returnedBySection(500, false, returnedBy(500, content.commands)).kind).toBe('by-phase');
    const one = returnedBySection(150, false, returnedBy(150, content.commands));
    expect(one.kind).toBe('table');
    if (one.kind === 'table') expect(one.rows.map((r) => r.label)).toContain('RETR');
  });

  const sections = content.codes.map((c) => ({
    code: c.code,
    section: returnedBySection(c.code, c.data.status === 'not-ftp', returnedBy(c.code, content.commands)),
  }));

  it('names each phase once in every code\'s "Returned by", and each command once per phase or once per row', () => {
    const problems: string[] = [];
    for (const { code, section } of sections) {
      if (section.kind === 'by-phase') {
        const phases = section.groups.map((g) => g.phase);
        if (new Set(phases).size !== phases.length) problems.push(`${code}: a phase twice (${phases.join(', ')})`);
        for (const g of section.groups) {
          const ids = g.commands.map((c) => c.id);
          if (new Set(ids).size !== ids.length) problems.push(`${code}: a command twice under ${g.phase}`);
        }
      }
      if (section.kind === 'table') {
        const ids = section.rows.map((r) => r.id);
        if (new Set(ids).size !== ids.length) problems.push(`${code}: a command in two rows`);
        for (const r of section.rows) {
          const phases = r.phases.map((p) => p.label);
          if (new Set(phases).size !== phases.length) problems.push(`${code}: ${r.label} has a phase twice`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('marks a command whose code a later RFC lists with that RFC, and leaves RFC 959 5.4 unmarked', () => {
    const s550 = sections.find((s) => s.code === 550)!.section;
    expect(s550.kind).toBe('by-phase');
    if (s550.kind !== 'by-phase') return;
    expect(s550.groups.map((g) => g.phase)).toEqual(['Completion']);
    const completion = s550.groups[0]!.commands;
    expect(completion.find((c) => c.id === 'mdtm')?.rfc).toMatchObject({ rfc: 3659, section: '3' });
    expect(completion.find((c) => c.id === 'retr')?.rfc).toBeUndefined();
  });

  it('keeps events apart from commands wherever "Returned by" lists commands, and loses no command', () => {
    const events = new Set(content.commands.filter((c) => c.data.kind === 'event').map((c) => c.id));
    const problems: string[] = [];
    for (const { code, section } of sections) {
      if (section.kind === 'not-ftp' || section.kind === 'none' || section.kind === 'wraps-any') continue;
      const listed =
        section.kind === 'by-phase'
          ? section.groups.flatMap((g) => g.commands.map((c) => c.id))
          : section.rows.map((r) => r.id);
      const labels =
        section.kind === 'by-phase'
          ? section.groups.flatMap((g) => g.commands.map((c) => c.label))
          : section.rows.map((r) => r.label);
      if (listed.some((id) => events.has(id))) problems.push(`${code}: an event among the commands`);
      if (labels.includes('Connection establishment'))
        problems.push(`${code}: "Connection establishment" as a command`);
      const expected = new Set(returnedBy(code, content.commands).map((r) => r.command.id));
      const shown = new Set([...listed, ...section.events.map((e) => e.id)]);
      if ([...expected].some((id) => !shown.has(id))) problems.push(`${code}: a command or event left out`);
      if (section.kind === 'by-phase' && section.commandCount !== new Set(listed).size)
        problems.push(`${code}: counts ${section.commandCount} commands`);
    }
    expect(problems).toEqual([]);
    const greeting = sections.find((s) => s.code === 220)!.section;
    expect('events' in greeting && greeting.events).toEqual([
      {
        id: 'connection',
        occasion: 'When the connection opens (the greeting)',
        phases: ['After the preliminary reply', 'Completion'],
        meaning: expect.stringMatching(/greeting/) as string,
      },
    ]);
  });

  it('carries the title, canonical link and preview image in its head', () => {
    expect(titleOf(page.frame.head)).toBe('FTP 550 File unavailable | FTP reply codes');
    expect(page.frame.head).toContainEqual({
      tag: 'link',
      attrs: { rel: 'canonical', href: 'https://example.org/codes/550' },
    });
    expect(page.frame.head.some((e) => e.attrs.property === 'og:image')).toBe(true);
    expect(page.ticket.split('\n').at(-1)).toBe('Details: https://example.org/codes/550');
  });
});

describe('How clients show it', () => {
  it('lists, for every code, only errors that code causes, a few per client, specific ones before any catch-all', () => {
    const problems: string[] = [];
    for (const { code } of content.codes) {
      const section = clientsSection(content, code);
      if (!section) continue;
      const perClient = new Map<string, number>();
      for (const e of section.errors) {
        if (!e.codes.includes(code)) problems.push(`${code}: ${e.client}/${e.id} is not caused by it`);
        perClient.set(e.client, (perClient.get(e.client) ?? 0) + 1);
        const specific = section.errors.some((x) => x.client === e.client && x.codes.length <= 4);
        if (specific && e.codes.length > 4)
          problems.push(`${code}: ${e.client}/${e.id} is a catch-all beside specific ones`);
      }
      for (const [client, n] of perClient) if (n > 3) problems.push(`${code}: ${n} errors of ${client}`);
    }
    expect(problems).toEqual([]);
    const names = clientsSection(content, 550)!.names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['FtpStatusCode.ActionNotTakenFileUnavailable']));
  });
});

describe('command page model', () => {
  it('names every reply of the sequence, in the order the RFC lists them, then what later RFCs add', () => {
    const page = commandPage(content, 'retr', site);
    expect(page.title).toBe('RETR: Retrieve');
    const [first, , completion] = page.sequence.phases;
    expect(first?.label).toBe('Preliminary');
    expect(first?.replies.map((r) => r.code)).toEqual([125, 150]);
    expect(first?.replies[0]?.name).toBe(contentIndex(content).names.get(125));
    expect(first?.replies[0]?.addedBy).toBeUndefined();
    expect(completion?.replies.map((r) => r.code)).toEqual([
      450, 550, 500, 501, 421, 530, 554, 555, 534, 535, 521, 522,
    ]);
    expect(completion?.replies.find((r) => r.code === 534)?.addedBy).toMatchObject({ rfc: 2228, section: '8.2' });
  });

  it('shows, on every command page, each phase once and each code once per phase, and every code', () => {
    const problems: string[] = [];
    for (const command of content.commands) {
      const { phases } = commandPage(content, command.id, site).sequence;
      const labels = phases.map((p) => p.label);
      if (new Set(labels).size !== labels.length) problems.push(`${command.id}: a phase twice`);
      for (const phase of PHASES) {
        const shown = phases.filter((p) => p.phase === phase).flatMap((p) => p.replies.map((r) => r.code));
        const expected = new Set(replySources(command.data).flatMap((s) => s.replies[phase]));
        if (shown.length !== new Set(shown).size) problems.push(`${command.id}: a code twice under ${phase}`);
        if (shown.length !== expected.size || shown.some((c) => !expected.has(c)))
          problems.push(`${command.id}: ${phase} shows ${shown.join(' ')}`);
        for (const reply of phases.find((p) => p.phase === phase)?.replies ?? []) {
          const own = command.data.replies[phase].includes(reply.code);
          if (own !== (reply.addedBy === undefined)) problems.push(`${command.id}: ${reply.code} marked wrongly`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('says an event is not a command', () => {
    expect(commandPage(content, 'connection', site).group).toMatch(/^Not a command/);
  });
});

describe('comparison page model', () => {
  it('shows the note lead of a pair that has notes, and marks related pairs indexable', () => {
    const page = comparePage(content, [450, 550], site);
    expect(page.hasNote).toBe(true);
    expect(page.lead).toBe(contentIndex(content).notes.get('450-vs-550')?.data.summary);
    expect(page.frame.head.some((e) => e.attrs.name === 'robots')).toBe(false);
    expect(page.alsoCompared.every(({ a, b }) => ![a, b].every((c) => c.code === 450 || c.code === 550))).toBe(true);
    expect(page.alsoCompared.every(({ a, b }) => a.code < b.code && a.name && b.name)).toBe(true);
  });

  it('keeps an unrelated pair out of search indexes and writes its description from the names', () => {
    const page = comparePage(content, [214, 10065], site);
    expect(page.hasNote).toBe(false);
    expect(page.frame.head).toContainEqual({ tag: 'meta', attrs: { name: 'robots', content: 'noindex,follow' } });
    expect(page.frame.head.find((e) => e.attrs.name === 'description')?.attrs.content).toMatch(/^214 .* or 10065 /);
  });

  it('cites, for every pair, what the digits mean and where each code is defined, each section once', () => {
    const problems: string[] = [];
    const byCode = new Map(content.codes.map((c) => [c.code, c.data]));
    for (const [a, b] of allPairs(content.codes.map((c) => c.code))) {
      const { citations, sources } = compareReferences(content, a, b);
      const keys = citations.map((c) => `${c.rfc}#${c.section}`);
      if (new Set(keys).size !== keys.length) problems.push(`${a}-vs-${b}: a section listed twice`);
      if ([a, b].some(isReplyCode) !== keys.includes('959#4.2.1')) problems.push(`${a}-vs-${b}: RFC 959 4.2.1`);
      for (const code of [a, b]) {
        const data = byCode.get(code)!;
        for (const cite of data.definedIn) {
          const listed = citations.find((c) => c.rfc === cite.rfc && c.section === cite.section);
          if (!listed?.about?.includes(`defines ${code}`)) problems.push(`${a}-vs-${b}: where ${code} is defined`);
        }
        for (const source of data.sources)
          if (!sources.some((s) => s.url === source.url)) problems.push(`${a}-vs-${b}: ${code}'s ${source.url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists a section that defines both codes once, for both', () => {
    const [cite] = compareReferences(content, 450, 550).citations.filter((c) => c.about?.includes('defines'));
    expect(cite?.about).toMatch(/defines 450; defines 550|defines 550; defines 450/);
  });
});

describe('list page models', () => {
  it('lists FTP replies by class and socket errors apart, with a status only where it is not standard', () => {
    const lists = codeLists(content);
    const items = lists.classes.flatMap((c) => c.items);
    expect(items.length + lists.notFtp.length).toBe(content.codes.length);
    expect(lists.notFtp.map((c) => c.code)).toContain(10054);
    expect(items.find((i) => i.code === 231)?.status).toBe('obsolete');
    expect(items.find((i) => i.code === 550)?.status).toBeUndefined();
    expect(lists.filters.classes.map((c) => c.digit)).toEqual(lists.classes.map((c) => c.digit));
  });

  it('gives the lookup box every code and every command but not the connection event', () => {
    const index = lookupIndex(content);
    expect(index.codes.split(' ')).toContain('550');
    expect(index.commands.split(' ')).toContain('retr');
    expect(index.commands.split(' ')).not.toContain('connection');
  });

  it('groups commands under their section heading with a stable anchor', () => {
    const groups = commandsIndexPage(content, site).groups;
    expect(groups.flatMap((g) => g.commands)).toHaveLength(content.commands.length);
    for (const g of groups) expect(g.id).toMatch(/^group-[a-z0-9-]+$/);
  });

  it('lists on the comparison index exactly the pairs the sitemap lists, each once', () => {
    const page = compareIndexPage(content, site);
    const indexed = [...page.oftenConfused, ...page.others].flatMap((t) => t.pairs.map((p) => p.href));
    const inSitemap = sitemapEntries(content, new Map())
      .map((e) => e.path)
      .filter((p) => p.startsWith('/compare/'));
    expect([...indexed].sort()).toEqual([...inSitemap].sort());
    expect(new Set(indexed).size).toBe(indexed.length);
  });

  it('opens the comparison index with the pairs people mix up, named, by theme', () => {
    const page = compareIndexPage(content, site);
    const first = page.oftenConfused.flatMap((t) => t.pairs);
    expect(first.map((p) => p.href)).toEqual(expect.arrayContaining(['/compare/450-vs-550', '/compare/530-vs-550']));
    // Every pair with editorial notes and every curated pair is among them.
    for (const note of content.notes) expect(first.map((p) => p.href)).toContain(`/compare/${note.id}`);
    expect(first.find((p) => p.href === '/compare/450-vs-550')).toEqual({
      a: { code: 450, name: 'File temporarily unavailable' },
      b: { code: 550, name: 'File unavailable' },
      href: '/compare/450-vs-550',
    });
    expect(page.oftenConfused[0]?.theme).toBe('Transient or permanent');
    const ids = [...page.oftenConfused, ...page.others].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('redirect page models', () => {
  it('sends a short link to its code page and a reversed pair to the canonical one', () => {
    const short = shortLinkPage(content, 550, site);
    expect(short.target).toBe('/codes/550');
    expect(short.label).toBe('550 File unavailable');
    const reversed = reversedPairPage([125, 221], site);
    expect(reversed.target).toBe('/compare/125-vs-221');
    expect(reversed.head).toContainEqual({
      tag: 'meta',
      attrs: { 'http-equiv': 'refresh', content: '0; url=/compare/125-vs-221' },
    });
  });
});

describe('redirect pages as written', () => {
  const pages = redirectPages(content, site);
  const codes = content.codes.map((c) => c.code);

  it('are a short link per code and the reversed order of every pair, each to its own file', () => {
    expect(pages).toHaveLength(codes.length + (codes.length * (codes.length - 1)) / 2);
    expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
    expect(pages.find((p) => p.file === '550.html')?.page.target).toBe('/codes/550');
    expect(pages.find((p) => p.file === 'compare/221-vs-125.html')?.page.target).toBe('/compare/125-vs-221');
    expect(pages.some((p) => p.file === 'compare/125-vs-221.html')).toBe(false);
  });

  it('are whole pages: the head as the model built it, a heading and a link, text escaped', () => {
    const html = redirectPageHtml(reversedPairPage([125, 221], site), ['/_astro/frame.css']);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain('<title>125 vs 221: FTP reply codes compared</title>');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/compare/125-vs-221">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/compare/125-vs-221">');
    expect(html).toContain('<link rel="stylesheet" href="/_astro/frame.css"></head>');
    expect(html).toContain('<h1>125 vs 221: FTP reply codes compared</h1>');
    expect(html).toContain('<a href="/compare/125-vs-221">');
    const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
    expect(
      sharedStylesheets([link('/a.css') + link('/home.css') + link('/b.css'), link('/a.css') + link('/b.css')]),
    ).toEqual(['/a.css', '/b.css']);
    expect(() => sharedStylesheets([link('/home.css'), link('/404.css')])).toThrow(/share no stylesheet/);
    const hostile = redirectPageHtml({ head: [], target: '/a"b', label: '<script>alert(1)</script> & co' }, []);
    expect(hostile).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>');
    expect(hostile).toContain('href="/a&quot;b"');
  });
});

describe('sitemap', () => {
  it('dates a page by the content it shows', () => {
    const dates = new Map([['content/codes/550.md', '2026-01-02T00:00:00+00:00']]);
    const withFiles = { ...content, codes: content.codes.map((c) => ({ ...c, file: `content/codes/${c.code}.md` })) };
    const entries = sitemapEntries(withFiles, dates);
    expect(entries.find((e) => e.path === '/codes/550')?.lastmod).toBe('2026-01-02T00:00:00+00:00');
    expect(entries.find((e) => e.path === '/explain')?.lastmod).toBeUndefined();
    expect(entries[0]).toEqual({ path: '/', lastmod: '2026-01-02T00:00:00+00:00' });
  });
});
