import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/lib/content/schema.ts';
import { statusGlossary, statusInfo } from '../../src/lib/site/status.ts';
import { schemas } from '../../src/lib/site/dataset.ts';
import { z } from 'astro/zod';

describe('status wording', () => {
  it('documents every status in the published schema in the words the pages use', () => {
    const schema = z.toJSONSchema(schemas.code, { target: 'draft-2020-12' }) as unknown as {
      properties: { status: { description: string } };
    };
    expect(schema.properties.status.description).toBe(statusGlossary());
    for (const status of STATUSES) expect(statusGlossary()).toContain(statusInfo(status).explanation);
    expect(statusInfo('obsolete').explanation).toMatch(/older than RFC 959/);
  });
});
