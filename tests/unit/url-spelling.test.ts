/**
 * URLs have one home, src/lib/site/urls.ts, and the protocol layer knows nothing of the site:
 * a path spelled anywhere else misses the base path the site may be deployed under
 * (the explainer's ticket note once wrote `${origin}/codes/...`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';

const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The code without its comments, where paths are mentioned as examples. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');

/** A site path starting a string or following an interpolation, or a base path added by hand. */
const SPELLED =
  /(?:['"`]|\})\/(?:codes|commands|compare|api|og|search|explain|lookup|pagefind|scripts|favicon)\b|\bwithBase\(/g;

/** The URL module itself, and files whose paths are folders on disk, not URLs. */
const NOT_URLS = new Set(['src/lib/site/urls.ts', 'src/content.config.ts' /* the content folders */]);

describe('URLs', () => {
  it('are spelled only in the URL module', () => {
    const found = sourceFiles(src)
      .filter((file) => !NOT_URLS.has(relative(root, file).split(sep).join('/')))
      .flatMap((file) => [...code(file).matchAll(SPELLED)].map((m) => `${relative(root, file)}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('are no concern of the protocol layer: src/lib/ftp imports nothing from the site layer', () => {
    const found = sourceFiles(join(src, 'lib', 'ftp')).filter((file) => /from '\.\.\/site\//.test(code(file)));
    expect(found.map((file) => relative(root, file))).toEqual([]);
  });
});
