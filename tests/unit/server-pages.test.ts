/**
 * The page models of the server catalogue (src/lib/site/page-data/server-page.ts, server-code-page.ts,
 * message-page.ts, servers-index-page.ts), over every real server and message.
 */
import { describe, expect, it } from 'vitest';
import { messagePage, messageTitle } from '../../src/lib/site/page-data/message-page.ts';
import { serverCodePage, serverCodePaths } from '../../src/lib/site/page-data/server-code-page.ts';
import { serverPage } from '../../src/lib/site/page-data/server-page.ts';
import { serversIndexPage } from '../../src/lib/site/page-data/servers-index-page.ts';
import { serverMessagesSection } from '../../src/lib/site/page-data/code-page.ts';
import { lookupData } from '../../src/lib/site/lookup-data.ts';
import { allMessages, mostClose, plainText, textParts } from '../../src/lib/site/server-messages.ts';
import { MAX_TITLE, titleLength } from '../../src/lib/site/titles.ts';
import { realSiteContent, site } from '../support/site-content.ts';

const content = realSiteContent();
const messages = allMessages(content);

describe('server pages', () => {
  it('list every message of the server once, grouped by code in code order', () => {
    for (const server of content.servers) {
      const page = serverPage(content, server.id, site);
      const listed = page.groups.flatMap((g) => g.messages.map((m) => m.id));
      expect(listed.sort(), server.id).toEqual(server.messages.map((m) => m.id).sort());
      expect(page.groups.map((g) => g.code)).toEqual([...page.groups.map((g) => g.code)].sort((a, b) => a - b));
      expect(page.counts.messages).toBe(server.messages.length);
    }
  });

  it('keep every message with a page, and every often met one, in the short list of a long group', () => {
    for (const server of content.servers) {
      for (const g of serverPage(content, server.id, site).groups) {
        const kept = new Set(g.listed.map((m) => m.id));
        for (const m of g.messages) if (m.hasPage || m.frequency !== 'rare') expect(kept.has(m.id), m.id).toBe(true);
      }
    }
  });
});

describe('pages of one server and one code', () => {
  const paths = serverCodePaths(content);

  it('exist for every code a server sends, and hold each message exactly once', () => {
    const shown = paths.flatMap(({ server, code }) => {
      const page = serverCodePage(content, server, code, site);
      return [...page.messages, ...page.rare].map((m) => `${m.server}/${m.id}`);
    });
    expect(shown.sort()).toEqual(messages.map((m) => `${m.server}/${m.id}`).sort());
  });

  it('are where a message without a page of its own is explained', () => {
    for (const m of messages.filter((x) => !x.hasPage))
      expect(m.url).toBe(`/servers/${m.server}/codes/${m.code}#${m.id}`);
  });

  it('say that most texts close the connection only when most do', () => {
    for (const { server, code } of paths) {
      const page = serverCodePage(content, server, code, site);
      const all = [...page.messages, ...page.rare];
      expect(page.mostClose).toBe(all.filter((m) => m.closes).length * 2 > all.length);
    }
    expect(mostClose([{ closes: true }, { closes: false }])).toBe(false);
  });
});

describe('message pages', () => {
  const pages = messages.filter((m) => m.hasPage);

  it('have a title within what search results show, starting with the code', () => {
    for (const m of pages) {
      const title = messageTitle(m.code, m.text, m.serverName);
      expect(titleLength(title), title).toBeLessThanOrEqual(MAX_TITLE);
      expect(title.startsWith(`${m.code} `)).toBe(true);
    }
  });

  it('name the other servers that send the same text, and only those', () => {
    for (const m of pages) {
      const page = messagePage(content, m.server, m.id, [], site);
      for (const other of page.sameText) {
        expect(other.server).not.toBe(m.server);
        expect([other.code, other.text]).toEqual([m.code, m.text]);
      }
    }
    const shared = pages.find((m) => m.server === 'proftpd' && m.id === 'login-incorrect');
    if (shared) expect(messagePage(content, 'proftpd', 'login-incorrect', [], site).sameText.length).toBeGreaterThan(0);
  });

  it('show placeholders as their names, in plain text as an ellipsis', () => {
    expect(textParts('OOPS: cannot change directory:{path}')).toEqual([
      { text: 'OOPS: cannot change directory:', placeholder: false },
      { text: 'path', placeholder: true },
    ]);
    expect(plainText('{path}: {error}')).toBe('…: …');
  });
});

describe('what the site derives from the catalogue', () => {
  it('lists every server on /servers with its counts', () => {
    const page = serversIndexPage(content, site);
    expect(page.servers.map((s) => s.id).sort()).toEqual(content.servers.map((s) => s.id).sort());
    expect(page.servers.reduce((n, s) => n + s.messages, 0)).toBe(messages.length);
  });

  it('shows on each code page at most four messages per server, and counts the rest', () => {
    for (const code of content.codes.map((c) => c.code)) {
      const section = serverMessagesSection(content, code);
      const all = messages.filter((m) => m.code === code);
      if (all.length === 0) {
        expect(section).toBeUndefined();
        continue;
      }
      const more = section!.more.reduce((n, m) => n + m.count, 0);
      expect(section!.shown.length + more, String(code)).toBe(all.length);
      for (const server of content.servers)
        expect(section!.shown.filter((m) => m.server === server.id).length).toBeLessThanOrEqual(4);
    }
  });

  it('puts messages with a page first in the lookup data, so a shared text finds an explained one', () => {
    const list = lookupData(content).messages.filter((m) => m.code !== 0);
    const firstWithout = list.findIndex((m) => m.url.includes('/codes/'));
    expect(list.slice(firstWithout).some((m) => !m.url.includes('/codes/'))).toBe(false);
    expect(list.length).toBe(messages.length);
  });
});
