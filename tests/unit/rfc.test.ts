import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rfcLabel, rfcUrl, sectionExists, uniqueCitations } from '../../src/lib/ftp/rfc.ts';
import { allReplyClasses } from '../../src/lib/ftp/reply-codes.ts';
import { rfcDir } from '../support/paths.ts';

const rfc = (n: number) => readFileSync(join(rfcDir, `rfc${n}.txt`), 'utf8');

describe('RFC citations', () => {
  it('deep-links to a section of the published RFC', () => {
    expect(rfcUrl({ rfc: 959, section: '4.2.1' })).toBe('https://datatracker.ietf.org/doc/html/rfc959#section-4.2.1');
    expect(rfcUrl({ rfc: 959 })).toBe('https://datatracker.ietf.org/doc/html/rfc959');
  });

  it('labels a citation in words', () => {
    expect(rfcLabel({ rfc: 959, section: '5.4' })).toBe('RFC 959, section 5.4');
  });

  it('finds real section headings in the RFC text and rejects made-up ones', () => {
    const text = rfc(959);
    for (const s of ['3', '3.2', '4.1.3', '4.2', '4.2.1', '4.2.2', '5.4']) expect(sectionExists(text, s), s).toBe(true);
    for (const s of ['4.2.9', '9.9', '5.4.1']) expect(sectionExists(text, s), s).toBe(false);
    expect(sectionExists(rfc(1123), '4.1.2.13')).toBe(true);
  });

  it('does not mistake a reply code or a page number for a section', () => {
    expect(sectionExists(rfc(959), '550')).toBe(false);
    expect(sectionExists(rfc(959), '49')).toBe(false);
  });

  it('cites only sections that exist for the reply classes', () => {
    for (const cls of allReplyClasses()) expect(sectionExists(rfc(cls.source.rfc), cls.source.section)).toBe(true);
  });

  it('drops repeated citations, keeping the first', () => {
    const list = uniqueCitations([
      { rfc: 959, section: '5.4', about: 'first' },
      { rfc: 959, section: '5.4', about: 'second' },
      { rfc: 959, section: '4.2' },
    ]);
    expect(list.map((c) => c.about ?? c.section)).toEqual(['first', '4.2']);
  });
});
