#!/usr/bin/env node
// Extract every configuration directive name of ProFTPD from its own documentation, as shipped
// in the source tree (and in Debian's proftpd-doc package), into tests/fixtures/settings/proftpd.json.
//
// Pages read, at one tag of proftpd/proftpd:
//   - doc/directives/index.html, the directive index: the text of every link into a module page
//     (`<Limit>` for a section, `TLSRequired` for a directive);
//   - doc/modules/*.html and doc/contrib/*.html: every heading `<h3><a name="NAME">NAME</a></h3>`
//     followed by a "Syntax:" line (a few directives have a heading but no index entry, and the
//     reverse). A section heading written without brackets ("Global") is taken from its Syntax line.
//     Headings without a Syntax line (introductions, examples) are skipped, and so are the
//     lower-case ftpdctl actions (ban, kick, ...), which are not directives.
//
// Needs a bare clone of proftpd/proftpd; give its git directory as the first argument or in
// PROFTPD_GIT, and the tag as the second (default v1.3.8). Not run by CI: the JSON is committed.
// Re-run by hand:
//   node scripts/settings/extract-proftpd.mjs /path/to/proftpd.git v1.3.8
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'tests', 'fixtures', 'settings', 'proftpd.json');
const gitDir = process.argv[2] ?? process.env.PROFTPD_GIT;
const tag = process.argv[3] ?? 'v1.3.8';
if (!gitDir) {
  console.error('usage: extract-proftpd.mjs <git dir of proftpd/proftpd> [tag]');
  process.exit(2);
}

const git = (...args) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'latin1', maxBuffer: 64 << 20 });
const commit = git('rev-parse', `${tag}^{commit}`).trim();

const unescape = (s) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

const pages = git('ls-tree', '-r', '--name-only', commit, '--', 'doc/modules', 'doc/contrib')
  .split('\n')
  .filter((f) => /^doc\/(modules|contrib)\/[^/]+\.html$/.test(f));

const names = new Set();
const heading = /<h3>\s*<a name="[^"]+">([\s\S]*?)<\/a>\s*<\/h3>([\s\S]{0,400})/g;
for (const page of pages) {
  const html = git('show', `${commit}:${page}`);
  for (const m of html.matchAll(heading)) {
    const syntax = /Syntax:<\/strong>\s*([^<\s]*(?:&gt;)?)/.exec(m[2]);
    if (!syntax) continue;
    let name = unescape(m[1]);
    if (syntax[1].startsWith('&lt;')) name = `<${name.replace(/^<|>$/g, '')}>`;
    if (/^<?[A-Z][A-Za-z0-9]*>?$/.test(name)) names.add(name);
  }
}
const index = git('show', `${commit}:doc/directives/index.html`);
for (const m of index.matchAll(/<a href="\.\.\/(?:modules|contrib)\/[^"#]+#[^"]+">([^<]+)<\/a>/g)) {
  const name = unescape(m[1]);
  if (/^<?[A-Z][A-Za-z0-9]*>?$/.test(name)) names.add(name);
}

const settings = [...names].sort((a, b) => a.localeCompare(b, 'en'));
const json = {
  server: 'proftpd',
  source:
    `ProFTPD documentation in the source tree, proftpd/proftpd tag ${tag} (commit ${commit}): ` +
    'doc/directives/index.html (every directive link) and doc/modules/*.html, doc/contrib/*.html (every ' +
    'directive heading with a Syntax line); ' +
    'published at http://www.proftpd.org/docs/ and shipped by the proftpd-doc package',
  extractedWith: 'scripts/settings/extract-proftpd.mjs',
  settings,
};
writeFileSync(out, JSON.stringify(json, null, 2) + '\n');
console.log(`${settings.length} names from ${pages.length} pages -> ${out}`);
