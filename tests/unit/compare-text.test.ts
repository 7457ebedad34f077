/**
 * The sentence builders over every pair of real codes: no sentence may read
 * like a template filled in wrongly.
 */
import { describe, expect, it } from 'vitest';
import { codeFacts } from '../../src/lib/ftp/code-facts.ts';
import {
  classSentence,
  commandsSentences,
  standingSentence,
  compareText,
  connectionSentence,
  groupSentence,
  positionSentences,
  retrySentence,
  counterpartsSentence,
  verdict,
} from '../../src/lib/site/compare-text.ts';
import { listWords } from '../../src/lib/ftp/words.ts';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { allPairs } from '../../src/lib/ftp/pairs.ts';
import { contentDir, rfcDir } from '../support/paths.ts';

const content = loadContent({ contentDir, rfcDir });
const facts = codeFacts(
  content.codes,
  content.commands.map((c) => ({ id: c.id, data: c.data })),
);
const f = (code: number) => facts.get(code)!;

/** Problems a filled-in template shows. */
function flaws(sentence: string): string[] {
  const found: string[] = [];
  if (/undefined|null|NaN|\[object/.test(sentence)) found.push('a missing value');
  if (/\b(\w+) \1\b/i.test(sentence.replace(/\b(\d+) \1\b/g, '')))
    found.push(`a doubled word: ${/\b(\w+) \1\b/i.exec(sentence)?.[0]}`);
  if (/ {2}|\s[,.;:]|,,|\(\s*\)|: ?\.|;\s*\./.test(sentence)) found.push('an empty clause or stray punctuation');
  if (!/[.!?)]$/.test(sentence.trim())) found.push('no full stop');
  if (!/^[A-Z0-9]/.test(sentence.trim())) found.push('no capital at the start');
  return found;
}

describe('comparison sentences', () => {
  it('list words with commas and "and", cutting long lists', () => {
    expect(listWords(['RETR'])).toBe('RETR');
    expect(listWords(['RETR', 'STOR'])).toBe('RETR and STOR');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listWords(['1', '2', '3', '4', '5'], 3)).toBe('1, 2 and 3 more');
  });

  it('frame each verdict as "you received X, not Y"', () => {
    expect(verdict(f(450), f(550))).toMatch(/^You received 450, not 550\. The server/);
  });

  it('say what the first digits mean, once when they agree', () => {
    expect(classSentence(f(550), f(553))).toBe(
      'Both are 5yz Permanent Negative Completion replies: the action failed, and the same request will keep failing until something changes.',
    );
    expect(classSentence(f(450), f(550))).toMatch(
      /^450 is a 4yz Transient Negative Completion reply, meaning that .*; 550 is a 5yz/,
    );
    expect(classSentence(f(426), f(10054))).toMatch(/10054 has no reply class: it is not a reply from the server/);
  });

  it('say what the second digits mean, and nothing for socket errors', () => {
    expect(groupSentence(f(425), f(426))).toBe(
      'Both are in the connections group (x2z): replies about the control and data connections.',
    );
    expect(groupSentence(f(450), f(425))).toMatch(
      /^450 is in the file system group \(x5z\).*; 425 is in the connections group/,
    );
    expect(groupSentence(f(426), f(10054))).toBeUndefined();
  });

  it('name the connection only where the data says which', () => {
    expect(connectionSentence(f(221), f(226))).toBe(
      '221 is about the control connection; 226 is about the data connection.',
    );
    expect(connectionSentence(f(550), f(553))).toBeUndefined();
    expect(connectionSentence(f(425), f(550))).toBe(
      '425 is about the data connection; the reply text of 550 names neither connection.',
    );
    expect(connectionSentence(f(425), f(10060))).toBeUndefined();
  });

  it('list shared commands and those only one can answer', () => {
    const s = commandsSentences(f(450), f(550));
    expect(s[0]).toMatch(/^Both can answer .*RETR/);
    expect(s.some((x) => /^Only 550, not 450, is listed for .*CWD/.test(x))).toBe(true);
    expect(commandsSentences(f(226), f(631))).toEqual([
      expect.stringMatching(/^226 answers .*; 631 can wrap the reply to any command/),
    ]);
    expect(commandsSentences(f(430), f(434))).toEqual(['No command-reply sequence lists either 430 or 434.']);
  });

  it('place a preliminary reply before the reply that follows it', () => {
    expect(positionSentences(f(150), f(226)).join(' ')).toMatch(/226 can follow 150/);
    expect(positionSentences(f(450), f(550))).toEqual([
      'In a session, 450 and 550 each is the only reply to the command.',
    ]);
  });

  it('give retry advice per code, once when it is the same', () => {
    expect(retrySentence(f(450), f(550))).toMatch(/^After 450, retrying .* After 550, do not retry unchanged/);
    expect(retrySentence(f(550), f(553))).toMatch(/^After either one, do not retry unchanged/);
  });

  it('say which codes are not standard replies, and nothing when both are', () => {
    expect(standingSentence(f(450), f(550))).toBeUndefined();
    expect(standingSentence(f(430), f(530))).toBe(
      '430 is defined by no RFC: it comes from individual servers, lists or libraries; 530 is defined by a standards-track RFC.',
    );
    expect(standingSentence(f(10054), f(10060))).toBe('Neither is an FTP reply.');
  });

  it('call out transient and permanent counterparts from the sourced list only', () => {
    expect(counterpartsSentence(f(452), f(552))).toMatch(
      /^452 and 552 both report a lack of storage: .*\(RFC 959, section 4\.2\.1\)\.$/,
    );
    expect(counterpartsSentence(f(450), f(552))).toBeUndefined();
    expect(counterpartsSentence(f(421), f(521))).toBeUndefined();
  });

  it('build a flawless text for every one of the pairs', () => {
    const pairs = allPairs([...facts.keys()]);
    expect(pairs.length).toBe((facts.size * (facts.size - 1)) / 2);
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      const text = compareText(f(a), f(b));
      const sentences = [
        ...text.verdicts,
        ...text.points.flatMap((p) => p.sentences),
        ...text.otherProtocols.map((o) => o.text),
      ];
      for (const s of sentences) for (const flaw of flaws(s)) problems.push(`${a}-vs-${b}: ${flaw}: ${s}`);
      if (text.points.length < 3) problems.push(`${a}-vs-${b}: fewer than three points`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
