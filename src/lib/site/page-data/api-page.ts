/** What the /api page shows: each published file with its schema, and the fields of each schema. */
import { apiUrls, jsonSchema, type SchemaName } from './dataset.ts';
import { schemaFields } from '../content/schema-fields.ts';

/** The files, and a table of fields for the code record and for a command. */
export function apiDocs(site: URL) {
  const files = [
    {
      url: apiUrls.codes,
      schema: apiUrls.schema('codes'),
      about: 'Every code, in numeric order, each as the record below.',
    },
    {
      url: apiUrls.code(550),
      schema: apiUrls.schema('code'),
      about: 'One code: /api/codes/ followed by the number, for every code. The same record as in codes.json.',
    },
    {
      url: apiUrls.commands,
      schema: apiUrls.schema('commands'),
      about: 'Every command with its reply sequence by phase, and the replies later RFCs add.',
    },
  ];
  const fieldsOf = (name: SchemaName) => schemaFields(jsonSchema(name, site) as never);
  const tables = [
    {
      caption: 'Each code record (/api/codes/550.json, and each entry of codes[] in codes.json)',
      fields: fieldsOf('code'),
    },
    {
      caption: 'Each command (commands[] in commands.json)',
      fields: fieldsOf('commands')
        .filter((f) => f.path.startsWith('commands[].'))
        .map((f) => ({ ...f, path: f.path.slice('commands[].'.length) })),
    },
  ];
  return { files, tables };
}
