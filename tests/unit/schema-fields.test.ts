import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../src/lib/content/schema-fields.ts';
import { schemas } from '../../src/lib/site/dataset.ts';

describe('schemaFields', () => {
  it('lists nested, nullable and array fields with their types and descriptions', () => {
    const schema = z.object({
      code: z.number().int().describe('The code.'),
      class: z
        .object({ digit: z.number().int().describe('First digit.') })
        .nullable()
        .describe('The class.'),
      returnedBy: z
        .array(z.object({ phase: z.enum(['completion', 'intermediate']).describe('Phase.') }))
        .describe('Commands.'),
      url: z.url().describe('Page.'),
    });
    expect(schemaFields(z.toJSONSchema(schema) as never)).toEqual([
      { path: 'code', type: 'integer', description: 'The code.' },
      { path: 'class', type: 'object or null', description: 'The class.' },
      { path: 'class.digit', type: 'integer', description: 'First digit.' },
      { path: 'returnedBy', type: 'array of object', description: 'Commands.' },
      { path: 'returnedBy[].phase', type: 'one of: "completion", "intermediate"', description: 'Phase.' },
      { path: 'url', type: 'URL', description: 'Page.' },
    ]);
  });

  it('finds a description for every field of the published schemas', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const undocumented = schemaFields(z.toJSONSchema(schema) as never)
        .filter((f) => !f.description)
        .map((f) => f.path);
      expect(undocumented, name).toEqual([]);
    }
  });
});
