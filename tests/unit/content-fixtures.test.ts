/**
 * Each bad fixture breaks exactly one rule: the check reports exactly the expected problems, naming file, line, field
 * and problem. Every rule module under src/lib/content/rules/ (and the frontmatter reader) has such a fixture.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content/content-check.ts';
import { fixturesDir, rfcDir, root } from '../support/paths.ts';
import { contentWithCase } from '../support/fixture-content.ts';

const validDir = join(fixturesDir, 'content', 'valid');
const rulesDir = join(root, 'src', 'lib', 'content', 'rules');

/**
 * Case -> the module whose rule it breaks (relative to src/lib/content/), and the whole report, with file paths
 * relative to the case's content folder.
 */
const cases: Record<string, { breaks: string; report: string }> = {
  'addition-lists-code-without-page': {
    breaks: 'rules/reply-codes-have-pages.ts',
    report:
      'commands/retr.md:17: additions.0.replies.completion.0: code 534 has no page: add content/codes/534.md or remove it here',
  },
  'broken-link': {
    breaks: 'rules/site-links.ts',
    report: 'codes/150.md:20: body: links to /codes/599, but there is no page for code 599',
  },
  'client-folder-missing-errors': {
    breaks: 'rules/folder-layout.ts',
    report: 'clients/example/errors.yaml: file name: is missing: every client folder has index.md and errors.yaml',
  },
  'command-differs-from-file-name': {
    breaks: 'rules/command-matches-file-name.ts',
    report: 'commands/stor.md:2: command: is "STOU" but the file is stor.md: they must name the same command',
  },
  'command-file-name-not-lowercase': {
    breaks: 'rules/command-file-name.ts',
    report: 'commands/Stor.md: file name: "Stor.md" must be the command in lowercase letters with .md, e.g. retr.md',
  },
  'command-lists-code-without-page': {
    breaks: 'rules/reply-codes-have-pages.ts',
    report:
      'commands/retr.md:14: replies.completion.1: code 552 has no page: add content/codes/552.md or remove it here',
  },
  'command-lists-no-replies': {
    breaks: 'rules/replies-not-empty.ts',
    report: 'commands/retr.md:11: replies: lists no reply codes',
  },
  'compare-code-without-page': {
    breaks: 'rules/compare-codes-have-pages.ts',
    report: 'compare/425-vs-599.md: file name: code 599 has no page (no content/codes/599.md)',
  },
  'compare-file-name-not-a-pair': {
    breaks: 'rules/compare-file-name.ts',
    report:
      'compare/425-and-550.md: file name: "425-and-550.md" must name a pair as A-vs-B.md with the lower code first, e.g. 450-vs-550.md',
  },
  'compare-note-too-short': {
    breaks: 'rules/compare-note-body.ts',
    report: 'compare/425-vs-550.md: body: the note is empty or too short (at least a paragraph)',
  },
  'compare-reversed-order': {
    breaks: 'rules/compare-file-name.ts',
    report: 'compare/550-vs-425.md: file name: the lower code comes first: name it 425-vs-550.md',
  },
  'compare-second-level-heading': {
    breaks: 'rules/compare-note-body.ts',
    report:
      'compare/425-vs-550.md:9: body: "## A second-level heading": use ### headings; the page puts the notes under its own heading',
  },
  'duplicate-code': {
    breaks: 'rules/duplicate-codes.ts',
    report: 'codes/550.mdx: file name: duplicate: code 550 already has a page in codes/550.md',
  },
  'duplicate-command': {
    breaks: 'rules/duplicate-commands.ts',
    report: 'commands/retr.md:2: command: duplicate: RETR is already described in commands/get.md',
  },
  'empty-section': {
    breaks: 'rules/body-sections.ts',
    report: 'codes/226.md:14: body: section "## Causes" is empty or too short',
  },
  'file-name-not-a-code': {
    breaks: 'rules/code-file-name.ts',
    report:
      'codes/55.md: file name: "55.md" is not a reply code: name the file after its three-digit code (100-699), e.g. 550.md, or a Windows Sockets error (10000-11999)',
  },
  'fix-item-without-lead-in': {
    breaks: 'rules/fix-lead-ins.ts',
    report:
      'codes/226.md:27: body: the item under "## Fix (server)" must start with a bold lead-in: "- **Do this.** Details..."',
  },
  'followed-by-command-without-file': {
    breaks: 'rules/followed-by.ts',
    report: 'commands/retr.md:15: followedBy.0: no command file stor.md',
  },
  'invalid-yaml': {
    breaks: 'markdown-file.ts',
    report:
      'codes/550.md:3: frontmatter: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  },
  'link-with-trailing-slash': {
    breaks: 'rules/site-links.ts',
    report:
      'codes/150.md:20: body: links to /codes/550/, which is not a page of this site (write /codes/NNN, /commands/name or /servers/NAME, no trailing slash)',
  },
  'guide-covers-missing': {
    breaks: 'rules/guide-covers.ts',
    report: 'guides/example.md:8: covers.errors.0: no client error "curl/exit-999"',
  },
  'guide-first-section': {
    breaks: 'rules/guide-first-section.ts',
    report: 'guides/example.md:9: body: must open with "## What to do", not "## Background"',
  },
  'message-code-without-page': {
    breaks: 'rules/message-codes-have-pages.ts',
    report: 'servers/example/messages.yaml:9: 1.code: code 599 has no page (no content/codes/599.md)',
  },
  'message-duplicate-id': {
    breaks: 'rules/message-ids.ts',
    report: 'servers/example/messages.yaml:14: 2.id: duplicate: id "failed-to-open-file" is already used on line 1',
  },
  'message-page-without-message': {
    breaks: 'rules/message-page-id.ts',
    report: 'servers/example/no-such-message.md: file name: no entry in messages.yaml has id "no-such-message"',
  },
  'message-related-missing': {
    breaks: 'rules/message-related.ts',
    report:
      'servers/example/failed-to-open-file.md:2: related.0: no message "proftpd/nope" (a messages.yaml entry with that id)',
  },
  'meaning-without-source': {
    breaks: 'rules/frontmatter-schema.ts',
    report: 'codes/550.md:10: meanings.1.definedIn: needs exactly one of definedIn (an RFC section) or source',
  },
  'missing-field': {
    breaks: 'rules/frontmatter-schema.ts',
    report: 'codes/550.md:2: summary: is required (Invalid input: expected string, received undefined)',
  },
  'missing-frontmatter': {
    breaks: 'markdown-file.ts',
    report: 'codes/226.md:1: frontmatter: missing: the file must start with a --- block of YAML fields',
  },
  'missing-section': { breaks: 'rules/body-sections.ts', report: 'codes/226.md: body: missing section "## Causes"' },
  'non-standard-without-source': {
    breaks: 'rules/frontmatter-schema.ts',
    report: 'codes/430.md:2: sources: a code that no RFC defines must name at least one source',
  },
  'preliminary-reply-not-1yz': {
    breaks: 'rules/reply-phases.ts',
    report: 'commands/retr.md:12: replies.preliminary.1: 226 is not a 1yz reply, so it cannot be preliminary',
  },
  'reply-note-for-unlisted-code': {
    breaks: 'rules/reply-notes.ts',
    report: "commands/retr.md:17: replyNotes.421: 421 is not in this command's replies",
  },
  'section-not-in-rfc': {
    breaks: 'rules/rfc-citations.ts',
    report: 'codes/425.md:6: definedIn.0.section: RFC 959 has no section 4.2.9',
  },
  'sections-out-of-order': {
    breaks: 'rules/body-sections.ts',
    report:
      'codes/226.md: body: sections out of order; expected: Meaning, Causes, Fix (client), Fix (server), Examples, In practice',
  },
  'see-also-code-without-page': {
    breaks: 'rules/see-also.ts',
    report: 'codes/226.md:8: seeAlso.0: code 599 has no page (no content/codes/599.md)',
  },
  'socket-error-marked-standard': {
    breaks: 'rules/socket-error-status.ts',
    report: 'codes/10054.md:2: status: must be not-ftp: 10054 is not an FTP reply code',
  },
  'standard-without-rfc': {
    breaks: 'rules/frontmatter-schema.ts',
    report:
      'codes/550.md:2: definedIn: a standard code must cite at least one RFC section (or set status: non-standard, obsolete or not-ftp with sources)',
  },
  'unknown-field': {
    breaks: 'rules/frontmatter-schema.ts',
    report: 'codes/550.md:2: frontmatter: unknown field(s): colour; see content/README.md',
  },
  'wrong-type': {
    breaks: 'rules/frontmatter-schema.ts',
    report: 'codes/550.md:5: definedIn: Invalid input: expected array, received string',
  },
};

/** The report for a content folder, its paths made relative to that folder. */
function reportOf(contentDir: string): string {
  return formatProblems(checkContent({ contentDir, rfcDir })).replaceAll(`${relative(process.cwd(), contentDir)}/`, '');
}

describe('content checks', () => {
  it('accept the valid fixture set', () => {
    expect(reportOf(validDir)).toBe('');
  });

  it('have an expectation for every bad fixture', () => {
    expect(readdirSync(join(fixturesDir, 'content', 'bad')).sort()).toEqual(Object.keys(cases).sort());
  });

  it('have a bad fixture for every rule module', () => {
    const broken = new Set(Object.values(cases).map((c) => c.breaks));
    const rules = readdirSync(rulesDir).map((name) => `rules/${name}`);
    expect(rules.filter((rule) => !broken.has(rule))).toEqual([]);
    expect([...broken].filter((module) => module.startsWith('rules/') && !rules.includes(module))).toEqual([]);
  });

  it.each(Object.entries(cases))('report exactly the one broken rule of the "%s" fixture', (name, { report }) => {
    expect(reportOf(contentWithCase(name))).toBe(report);
  });

  it('stop with a clear message when the RFC texts are missing, instead of passing citations unchecked', () => {
    const missing = join(root, 'no-such-folder');
    expect(() => checkContent({ contentDir: validDir, rfcDir: missing })).toThrow(
      `The RFC texts are missing: ${join(missing, 'rfc959.txt')} does not exist. They ship with the repository in reference/rfc/.`,
    );
  });
});
