/**
 * Content collections. The schemas live in `src/lib/content/schema.ts` (documented
 * field by field there and in `content/README.md`); the cross-file rules run
 * before the build in `src/integrations/content-guard.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema, commandSchema, compareSchema } from './lib/content/schema.ts';
import { contentDir } from './lib/content/content-dir.ts';

const codes = defineCollection({
  // File names are checked by the content guard (three-digit codes, five-digit socket errors).
  loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir()}/codes` }),
  schema: codeSchema,
});

const commands = defineCollection({
  loader: glob({ pattern: '[a-z]*.md', base: `${contentDir()}/commands` }),
  schema: commandSchema,
});

const compare = defineCollection({
  loader: glob({ pattern: '*-vs-*.md', base: `${contentDir()}/compare` }),
  schema: compareSchema,
});

export const collections = { codes, commands, compare };
