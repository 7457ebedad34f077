/** Each bad fixture breaks one rule; the check must name the file, the field and the problem. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content/content-check.ts';
import { fixturesDir, rfcDir } from '../support/paths.ts';
import { contentWithCase } from '../support/fixture-content.ts';

/** Case -> a line the report must contain, as `file[:line]: field: message` (file relative to the case folder). */
const expected: Record<string, RegExp> = {
  'file-name-not-a-code': /codes\/55\.md: file name: "55\.md" is not a reply code/,
  'missing-field': /codes\/550\.md:\d+: summary: is required/,
  'wrong-type': /codes\/550\.md:5: definedIn: .*expected array/i,
  'command-lists-code-without-page': /commands\/retr\.md:\d+: replies\.completion\.1: code 552 has no page/,
  'duplicate-code': /codes\/550\.mdx: file name: duplicate: code 550 already has a page in .*codes\/550\.md/,
  'duplicate-command': /commands\/retr\.md:2: command: duplicate: RETR is already described in .*commands\/get\.md/,
  'missing-section': /codes\/226\.md: body: missing section "## Causes"/,
  'section-not-in-rfc': /codes\/425\.md:\d+: definedIn\.0\.section: RFC 959 has no section 4\.2\.9/,
  'broken-link': /codes\/150\.md:20: body: links to \/codes\/599, but there is no page for code 599/,
  'invalid-yaml': /codes\/550\.md:\d+: frontmatter: is not valid YAML/,
  'non-standard-without-source':
    /codes\/430\.md:\d+: sources: a code that is not standard must name at least one source/,
  'standard-without-rfc': /codes\/550\.md:\d+: definedIn: a standard code must cite at least one RFC section/,
  'socket-error-marked-standard': /codes\/10054\.md:\d+: status: must be not-ftp/,
  'meaning-without-source':
    /codes\/550\.md:\d+: meanings\.1\.definedIn: needs exactly one of definedIn \(an RFC section\) or source/,
  'compare-reversed-order': /compare\/550-vs-425\.md: file name: the lower code comes first: name it 425-vs-550\.md/,
  'compare-code-without-page': /compare\/425-vs-599\.md: file name: code 599 has no page/,
  'compare-second-level-heading': /compare\/425-vs-550\.md:9: body: "## A second-level heading": use ### headings/,
  'addition-lists-code-without-page':
    /commands\/retr\.md:\d+: additions\.0\.replies\.completion\.0: code 534 has no page/,
};

describe('content checks', () => {
  it('accept the valid fixture set', () => {
    expect(formatProblems(checkContent({ contentDir: join(fixturesDir, 'content', 'valid'), rfcDir }))).toBe('');
  });

  it('have an expectation for every bad fixture', () => {
    expect(readdirSync(join(fixturesDir, 'content', 'bad')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('reject the "%s" fixture, naming file, field and problem', (name, pattern) => {
    const report = formatProblems(checkContent({ contentDir: contentWithCase(name), rfcDir }));
    expect(report).toMatch(pattern);
  });
});
