/**
 * The open dataset in dist/api: every file validates against the JSON Schema
 * served beside it (checked with Ajv, independent of the Zod schemas that
 * generate it), agrees with the content, and the contract is pinned per version.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { DATASET_VERSION, schemas } from '../../src/lib/site/dataset.ts';
import { contentDir, distDir, root, rfcDir } from '../support/paths.ts';
import { servedFile } from '../../scripts/lib/site-index.ts';
import { builtSite, requireDist } from '../support/dist.ts';

const content = loadContent({ contentDir, rfcDir });
const read = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8'));

function validator(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(read(`api/schema/${name}.json`));
}
const errorsOf = (validate: ReturnType<typeof validator>, data: unknown) =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

beforeAll(requireDist);

describe('open dataset', () => {
  it('/api/codes.json validates against its schema and lists every code page in order', () => {
    const data = read('api/codes.json');
    expect(errorsOf(validator('codes'), data)).toEqual([]);
    expect(data.version).toBe(DATASET_VERSION);
    expect(data.codes.map((c: { code: number }) => c.code)).toEqual(
      content.codes.map((c) => c.code).sort((a, b) => a - b),
    );
  });

  it('/api/codes/NNN.json exists for every code, validates, and matches its entry in codes.json', () => {
    const all = new Map(read('api/codes.json').codes.map((c: { code: number }) => [c.code, c]));
    const validate = validator('code');
    const files = readdirSync(join(distDir, 'api/codes'));
    expect(files.length).toBe(content.codes.length);
    const problems: string[] = [];
    for (const file of files) {
      const { $schema, version, ...record } = read(`api/codes/${file}`);
      problems.push(...errorsOf(validate, { $schema, version, ...record }).map((e) => `${file}: ${e}`));
      expect(record, file).toEqual(all.get(Number(file.replace('.json', ''))));
    }
    expect(problems).toEqual([]);
  });

  it('/api/messages.json validates and lists every message of every server, each URL a built page or anchor', () => {
    const data = read('api/messages.json');
    expect(errorsOf(validator('messages'), data)).toEqual([]);
    expect(data.messages.map((m: { server: string; id: string }) => `${m.server}/${m.id}`)).toEqual(
      content.servers.flatMap((s) => s.messages.map((m) => `${s.id}/${m.id}`)),
    );
    const missing = data.messages.filter((m: { url: string }) => {
      const url = new URL(m.url);
      const file = servedFile(builtSite(), url.pathname);
      if (file === undefined) return true;
      return url.hash !== '' && !readFileSync(join(distDir, file), 'utf8').includes(`id="${url.hash.slice(1)}"`);
    });
    expect(missing).toEqual([]);
  });

  it('/api/commands.json validates and lists every command file', () => {
    const data = read('api/commands.json');
    expect(errorsOf(validator('commands'), data)).toEqual([]);
    expect(data.commands.map((c: { url: string }) => c.url.split('/').pop()).sort()).toEqual(
      content.commands.map((c) => c.id).sort(),
    );
  });

  it('says what the content says: phases, classes, and canonical URLs that exist', () => {
    type Row = {
      code: number;
      url: string;
      returnedBy: { url: string }[];
      related: { url: string }[];
      meanings: unknown[];
      class: unknown;
    };
    const codes = new Map((read('api/codes.json').codes as Row[]).map((c) => [c.code, c]));
    expect(codes.get(550)!.returnedBy).toContainEqual(
      expect.objectContaining({ command: 'RETR', phase: 'completion' }),
    );
    expect(codes.get(150)!.class).toEqual({ digit: 1, name: 'Positive Preliminary', final: false });
    expect(codes.get(10054)!).toMatchObject({ status: 'not-ftp', class: null, group: null, returnedBy: [] });
    expect(codes.get(521)!.meanings.length).toBe(3);
    const urls = [...codes.values()].flatMap((c) => [
      c.url,
      ...c.returnedBy.map((r: { url: string }) => r.url),
      ...c.related.map((r: { url: string }) => r.url),
    ]);
    const missing = [...new Set(urls)].filter((url) => !servedFile(builtSite(), new URL(url).pathname));
    expect(missing).toEqual([]);
  });

  it('rejects records that break the contract (the check is not vacuous)', () => {
    const validate = validator('code');
    const good = read('api/codes/550.json');
    expect(errorsOf(validate, good)).toEqual([]);
    const { url: _dropped, ...noUrl } = good;
    expect(errorsOf(validate, noUrl)).toContain(" must have required property 'url'");
    expect(errorsOf(validate, { ...good, returnedBy: [{ ...good.returnedBy[0], phase: 'sometime' }] }).join()).toMatch(
      /phase must be equal to one of the allowed values/,
    );
    expect(errorsOf(validate, { ...good, extra: 1 }).join()).toMatch(/must NOT have additional properties/);
  });

  it(`keeps the schemas of version ${DATASET_VERSION} as published (bump the version to change them)`, () => {
    const current = Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-2020-12' })]),
    );
    const snapshot = join(root, 'tests/fixtures/api', `schemas-${DATASET_VERSION}.json`);
    if (process.env.UPDATE_API_SNAPSHOT === DATASET_VERSION && !existsSync(snapshot))
      writeFileSync(snapshot, `${JSON.stringify(current, null, 2)}\n`);
    expect(
      existsSync(snapshot),
      `no snapshot for ${DATASET_VERSION}: run UPDATE_API_SNAPSHOT=${DATASET_VERSION} npx vitest run tests/unit/dataset.test.ts`,
    ).toBe(true);
    expect(current).toEqual(JSON.parse(readFileSync(snapshot, 'utf8')));
  });
});
