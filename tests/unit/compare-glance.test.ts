/**
 * The table at the top of every comparison page, over every real code and every pair: each cell
 * says what the code's own page says (class, finality, retry advice, the commands that return it),
 * and no cell reads like a template filled in wrongly.
 */
import { describe, expect, it } from 'vitest';
import { codeFacts, EVENT_LABEL, retryAdvice } from '../../src/lib/ftp/code-facts.ts';
import { allPairs } from '../../src/lib/ftp/pairs.ts';
import { isReplyCode, replyClass } from '../../src/lib/ftp/reply-codes.ts';
import { compareGlance, GLANCE_ROWS, type GlanceRowId } from '../../src/lib/site/page-data/compare-glance.ts';
import { factsBox } from '../../src/lib/site/page-data/code-page.ts';
import { realSiteContent } from '../support/site-content.ts';

const content = realSiteContent();
const facts = codeFacts(content.codes, content.commands);
const data = (code: number) => content.codes.find((c) => c.code === code)!.data;
const glance = (a: number, b: number) => compareGlance(facts.get(a)!, data(a), facts.get(b)!, data(b));
/** Each code's own column, read from a pair it is the first code of, or the second. */
const column = (code: number) => {
  const other = code === 110 ? 120 : 110;
  const rows = code < other ? glance(code, other) : glance(other, code);
  const i = code < other ? 0 : 1;
  return Object.fromEntries(rows.map((r) => [r.id, r.cells[i]!])) as Record<GlanceRowId, (typeof rows)[0]['cells'][0]>;
};
const isReply = (code: number) => isReplyCode(code) && data(code).status !== 'not-ftp';

describe('the comparison table', () => {
  it('asks the same questions, in the same order, for every pair, each code in its own column', () => {
    const problems: string[] = [];
    for (const [a, b] of allPairs([...facts.keys()])) {
      const rows = glance(a, b);
      if (rows.map((r) => r.label).join('|') !== Object.values(GLANCE_ROWS).join('|')) problems.push(`${a}-${b}: rows`);
      for (const [i, code] of [a, b].entries()) {
        const own = column(code);
        for (const row of rows)
          if (JSON.stringify(row.cells[i]) !== JSON.stringify(own[row.id])) problems.push(`${a}-${b}: ${row.id}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('gives each code the class, finality and retry advice its own page gives', () => {
    for (const { code, data: d } of content.codes) {
      const cells = column(code);
      const box = factsBox(code, d);
      if (!isReply(code)) {
        expect(cells.class.text, `${code}`).toMatch(/^None: it is not a reply from the server/);
        for (const id of ['next', 'final', 'retry'] as const)
          expect(cells[id].text, `${code} ${id}`).toMatch(/^Does not apply/);
        continue;
      }
      const { digit, name } = replyClass(code);
      const cls = `${digit}yz (${digit}xx) ${name}.`;
      if (box.status)
        expect(cells.class.text, `${code}`).toBe(
          `${cls} ${box.status.label}: ${box.status.explanation.charAt(0).toLowerCase()}${box.status.explanation.slice(1)}`,
        );
      else expect(cells.class.text, `${code}`).toBe(cls);
      expect(cells.final.text, `${code}`).toBe(box.reply!.final);
      expect(cells.retry.text, `${code}`).toBe(retryAdvice(code, d));
      // A code whose retry advice is its own points to it rather than give the class's step as its own.
      expect(cells.next.text.includes('follow the retry advice below'), `${code}`).toBe(!!d.retry);
      expect(cells.summary.text).toBe(d.summary);
    }
  });

  it('never tells the client to send another command on a connection the server is closing', () => {
    for (const code of [221, 421]) expect(column(code).next.text).toMatch(/^No further command in this session/);
    expect(column(220).next.text).toBe('The action is done; send the next command.');
    expect(column(150).next.text).toBe('Wait for another reply before sending a new command.');
  });

  it('names the connection only where the data does, and lists the commands the command files list', () => {
    for (const { code } of content.codes) {
      const f = facts.get(code)!;
      const cells = column(code);
      if (f.connection) expect(cells.connection.text).toBe(`The ${f.connection} connection.`);
      else if (isReply(code)) expect(cells.connection.text, `${code}`).toMatch(/^Its reply text (says|names neither)/);
      const labels = [...new Set(f.commands.map((c) => c.label))];
      if (!isReply(code) || labels.length === 0) {
        expect(cells.commands.text, `${code}`).toMatch(
          isReply(code) && replyClass(code).digit === 6 ? /^Any/ : /^None/,
        );
      } else if (labels.length <= 8) {
        for (const l of labels) expect(cells.commands.text.toLowerCase(), `${code}`).toContain(l.toLowerCase());
      } else {
        const count = labels.filter((l) => l !== EVENT_LABEL).length;
        expect(cells.commands.text, `${code}`).toMatch(new RegExp(`^${count} commands[,.]`));
        expect(cells.commands.links).toEqual([{ href: `/codes/${code}#returned-by`, label: `The list for ${code}` }]);
      }
    }
    expect(column(631).commands.text).toMatch(/^Any: it can wrap the reply to any command/);
    expect(column(421).commands.text).toMatch(/^\d+ commands, and a new connection\.$/);
  });

  it('links each code to the client and server steps on its page', () => {
    for (const { code } of content.codes) {
      expect(column(code).todo.links.map((l) => l.href)).toEqual([
        `/codes/${code}#fix-client`,
        `/codes/${code}#fix-server`,
      ]);
      for (const l of column(code).todo.links) expect(l.label).toContain(String(code));
    }
  });

  it('has no cell that reads like a template filled in wrongly', () => {
    const problems: string[] = [];
    for (const { code } of content.codes) {
      for (const [id, cell] of Object.entries(column(code))) {
        const text = cell.text;
        if (id === 'todo' && text === '') continue;
        if (/undefined|null|NaN|\[object/.test(text)) problems.push(`${code} ${id}: a missing value: ${text}`);
        if (!/^[A-Z0-9]/.test(text)) problems.push(`${code} ${id}: no capital: ${text}`);
        if (!/[.”)]$/.test(text)) problems.push(`${code} ${id}: no full stop: ${text}`);
        if (/ {2}|\s[,.;:]|\.\.|;\s*\./.test(text)) problems.push(`${code} ${id}: stray punctuation: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
