/**
 * Reads `content/guides/NAME.md`: each guide's frontmatter and body, with its rules (what it covers exists, it
 * opens with what to do). The format is in content/README.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guideSchema, type GuideData } from './guide-schema.ts';
import { readMarkdownFile, type MarkdownFile } from './markdown-file.ts';
import type { Problem } from './problem.ts';
import { frontmatterSchemaProblems } from './rules/frontmatter-schema.ts';
import { guideCoverProblems } from './rules/guide-covers.ts';
import { guideFirstSectionProblems } from './rules/guide-first-section.ts';

export interface LoadedGuide {
  /** The file name without `.md`: the page is /guides/NAME. */
  id: string;
  file: string;
  data: GuideData;
  body: string;
  markdown: MarkdownFile;
}

/**
 * Read every guide; only valid ones are returned.
 *
 * @example readGuides('content/guides', known, problems).map((g) => g.id) // -> ['ftps', 'passive-mode-nat', ...]
 */
export function readGuides(
  dir: string,
  known: { codes: ReadonlySet<number>; messages: ReadonlySet<string>; errors: ReadonlySet<string> },
  problems: Problem[],
): LoadedGuide[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .flatMap((name) => {
      const read = readMarkdownFile(join(dir, name));
      problems.push(...read.problems);
      if (!read.file) return [];
      if (!/^[a-z0-9]+(-[a-z0-9]+)*\.md$/.test(name)) {
        problems.push({
          file: read.file.file,
          field: 'file name',
          message: 'must be lower-case words joined by hyphens',
        });
        return [];
      }
      const guide = frontmatterSchemaProblems(read.file, guideSchema);
      problems.push(...guide.problems, ...guideFirstSectionProblems(read.file));
      if (!guide.data) return [];
      problems.push(...guideCoverProblems(read.file, guide.data, known));
      return [
        {
          id: name.replace(/\.md$/, ''),
          file: read.file.file,
          data: guide.data,
          body: read.file.body,
          markdown: read.file,
        },
      ];
    });
}
