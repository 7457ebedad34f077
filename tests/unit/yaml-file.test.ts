/**
 * The fast reader (js-yaml, core schema) against the `yaml` package's document, which the checker falls back on
 * for positions and errors: they must read every content file the same, or a page would show data the checker
 * never saw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml, yamlData } from '../../src/lib/content/yaml-file.ts';
import { contentDir } from '../support/paths.ts';

/** Every YAML text of the content: the data files, and the frontmatter of every Markdown file. */
const texts = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(yaml|md)$/.test(name))
  .flatMap((name) => {
    const path = join(contentDir, name);
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.yaml')) return [{ path, text }];
    const front = /^---\n([\s\S]*?)\n---/.exec(text);
    return front ? [{ path, text: front[1]! }] : [];
  });

describe('YAML reading', () => {
  it('gives the same data as a yaml document for every data file and frontmatter in content/', () => {
    expect(texts.filter((t) => t.path.endsWith('.yaml')).length).toBeGreaterThan(15);
    expect(texts.length).toBeGreaterThan(200);
    const differ = texts.filter(({ text }) => {
      try {
        expect(yamlData(text)).toEqual(parseDocument(text).toJS());
        return false;
      } catch {
        return true;
      }
    });
    expect(differ.map((t) => t.path)).toEqual([]);
  });

  it('reads the core schema only: dates, yes/no and merge keys stay as written', () => {
    expect(yamlData('a: 2026-12-06\nb: yes\nc: 0x1f\nd: ~\ne: "550"\n')).toEqual({
      a: '2026-12-06',
      b: 'yes',
      c: 31,
      d: null,
      e: '550',
    });
  });

  it('still points at the line of a field, and at the line of a syntax error', () => {
    const { parsed } = parseYaml('name: vsftpd\nlist:\n  - id: a\n  - id: b\n', 'x.yaml', 1);
    expect(parsed?.locate(['list', 1, 'id'])).toBe(4);
    expect(parsed?.locate(['list', 1, 'missing'])).toBe(4);
    const broken = parseYaml('name: [unclosed\n', 'x.md', 2);
    expect(broken.parsed).toBeUndefined();
    expect(broken.problems[0]).toMatchObject({ file: 'x.md', line: 3, field: 'frontmatter' });
    expect(broken.problems[0]?.message).toMatch(/^is not valid YAML: /);
  });
});
