/**
 * Content collections. The schemas live in `src/lib/content/schema.ts` and `server-schema.ts` (documented
 * field by field there and in `content/README.md`); the cross-file rules run before the build in
 * `src/integrations/content-guard.ts`.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { codeSchema, commandSchema, compareSchema } from './lib/content/schema.ts';
import { messagePageSchema, serverMessageSchema, serverSchema } from './lib/content/server-schema.ts';
import { clientErrorFields, clientSchema, replyNamesSchema } from './lib/content/client-schema.ts';
import { folderFileLoader, folderListLoader } from './lib/content/messages-loader.ts';
import { guideSchema } from './lib/content/guide-schema.ts';
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

/** `servers/NAME/index.md`; the id is the folder name. */
const servers = defineCollection({
  loader: glob({
    pattern: '*/index.md',
    base: `${contentDir()}/servers`,
    generateId: ({ entry }) => entry.split('/')[0],
  }),
  schema: serverSchema,
});

/** `servers/NAME/messages.yaml`, one entry per message, id "NAME/ID". */
const messages = defineCollection({
  loader: folderListLoader(`${contentDir()}/servers`, 'messages.yaml'),
  schema: serverMessageSchema.extend({ folder: z.string(), order: z.number() }),
});

/** `servers/NAME/ID.md`, the pages of messages with a cause of their own; id "NAME/ID". */
const messagePages = defineCollection({
  loader: glob({
    pattern: ['*/*.md', '!*/index.md'],
    base: `${contentDir()}/servers`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: messagePageSchema,
});

/** `clients/NAME/index.md`; the id is the folder name. */
const clients = defineCollection({
  loader: glob({
    pattern: '*/index.md',
    base: `${contentDir()}/clients`,
    generateId: ({ entry }) => entry.split('/')[0],
  }),
  schema: clientSchema,
});

/** `clients/NAME/errors.yaml`, one entry per error, id "NAME/ID". */
const clientErrors = defineCollection({
  loader: folderListLoader(`${contentDir()}/clients`, 'errors.yaml'),
  // The refinement (codes or an event) is checked by the content guard; the collection takes the plain object.
  schema: clientErrorFields.extend({ folder: z.string(), order: z.number() }),
});

/** `clients/NAME/names.yaml`: the names a library gives reply codes; id "NAME". */
const replyNames = defineCollection({
  loader: folderFileLoader(`${contentDir()}/clients`, 'names.yaml'),
  schema: replyNamesSchema,
});

/** `clients/NAME/ID.md`, the pages of the errors people search for; id "NAME/ID". */
const errorPages = defineCollection({
  loader: glob({
    pattern: ['*/*.md', '!*/index.md'],
    base: `${contentDir()}/clients`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: messagePageSchema,
});

/** `guides/NAME.md`; the id is the file name. */
const guides = defineCollection({
  loader: glob({ pattern: '[a-z0-9]*.md', base: `${contentDir()}/guides` }),
  schema: guideSchema,
});

export const collections = {
  codes,
  commands,
  compare,
  servers,
  messages,
  messagePages,
  clients,
  clientErrors,
  replyNames,
  errorPages,
  guides,
};
