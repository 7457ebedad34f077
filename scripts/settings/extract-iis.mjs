#!/usr/bin/env node
// Extract every configuration element and attribute name of the IIS FTP service from the
// IIS configuration reference (learn.microsoft.com/iis/configuration, source in the GitHub
// repository MicrosoftDocs/iis-docs) into tests/fixtures/settings/iis.json.
//
// Pages read: iis/configuration/system.applicationHost/sites/site/ftpServer/** (the per-site
// <ftpServer> element; siteDefaults/ftpServer mirrors it) and iis/configuration/system.ftpServer/**
// (the server-wide FTP sections). From each page it takes:
//   - the element's own name (the last part of the page path, or its folder for index.md);
//   - the element's path from <ftpServer> or <system.ftpServer> (ftpServer/security/ssl, ...);
//   - the first column of the "### Attributes" table (attribute names);
//   - the first column of the "### Child Elements" table (element names).
// Method pages (Start.md, Stop.md, FlushLog.md) are skipped: they are not settings.
//
// Needs a bare clone of MicrosoftDocs/iis-docs; give its git directory as the first argument
// or in IIS_DOCS_GIT. Not run by CI: the JSON is committed. Re-run by hand:
//   node scripts/settings/extract-iis.mjs /path/to/iis-docs.git
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'tests', 'fixtures', 'settings', 'iis.json');
const gitDir = process.argv[2] ?? process.env.IIS_DOCS_GIT;
if (!gitDir) {
  console.error('usage: extract-iis.mjs <git dir of MicrosoftDocs/iis-docs>');
  process.exit(2);
}

const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' });
const commit = git('rev-parse', 'HEAD').trim();
const commitDate = git('log', '-1', '--format=%cs', 'HEAD').trim();

const trees = [
  { prefix: 'iis/configuration/system.applicationHost/sites/site/ftpServer/', base: 'ftpServer' },
  { prefix: 'iis/configuration/system.ftpServer/', base: 'system.ftpServer' },
];
const methods = new Set(['Start', 'Stop', 'FlushLog']);

const names = new Set();
const paths = new Set();
const pages = [];

function tableNames(text, heading) {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(/\n#{2,3} /);
  const section = end < 0 ? rest : rest.slice(0, end);
  const found = [];
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([A-Za-z0-9_.]+)`\s*\|/.exec(line);
    if (m) found.push(m[1]);
  }
  return found;
}

for (const { prefix, base } of trees) {
  const files = git('ls-tree', '-r', '--name-only', 'HEAD', '--', prefix)
    .split('\n')
    .filter((f) => f.endsWith('.md'));
  for (const file of files) {
    const rel = file.slice(prefix.length, -'.md'.length);
    const parts = rel.split('/');
    if (parts.at(-1) === 'index') parts.pop();
    if (parts.length === 1 && methods.has(parts[0])) continue;
    const elementPath = [base, ...parts].join('/');
    const element = parts.at(-1) ?? base;
    names.add(element);
    paths.add(elementPath);
    const text = git('show', `HEAD:${file}`);
    for (const name of tableNames(text, '### Attributes')) names.add(name);
    for (const name of tableNames(text, '### Child Elements')) names.add(name);
    pages.push(file);
  }
}

const settings = [...new Set([...names, ...paths])].sort((a, b) => a.localeCompare(b, 'en'));
const fetched = new Date().toISOString().slice(0, 10);
const json = {
  server: 'iis',
  source:
    'IIS configuration reference, MicrosoftDocs/iis-docs commit ' +
    `${commit} (${commitDate}), read ${fetched}: ` +
    'iis/configuration/system.applicationHost/sites/site/ftpServer/** and ' +
    'iis/configuration/system.ftpServer/** (attribute and child element tables, element names ' +
    'and element paths); published at https://learn.microsoft.com/iis/configuration/',
  extractedWith: 'scripts/settings/extract-iis.mjs',
  settings,
};
writeFileSync(out, JSON.stringify(json, null, 2) + '\n');
console.log(`${settings.length} names from ${pages.length} pages -> ${out}`);
