/** The /api page: each published file with its schema, and the fields of each schema. */
import { DATASET_VERSION, jsonSchema, type SchemaName } from '../dataset.ts';
import { apiUrls } from '../urls.ts';
import { schemaFields, type SchemaField } from '../../content/schema-fields.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface ApiPage {
  frame: PageFrame;
  version: string;
  files: { url: string; schema: string; about: string }[];
  tables: { caption: string; fields: SchemaField[] }[];
}

/** The files, and a table of fields for the code record, a command and a server message. */
export function apiPage(site: URL): ApiPage {
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
    {
      url: apiUrls.messages,
      schema: apiUrls.schema('messages'),
      about: 'What servers say: every catalogued message text of each server, with when it is sent and the fix.',
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
    {
      caption: 'Each server message (messages[] in messages.json)',
      fields: fieldsOf('messages')
        .filter((f) => f.path.startsWith('messages[].'))
        .map((f) => ({ ...f, path: f.path.slice('messages[].'.length) })),
    },
  ];
  return {
    frame: pageFrame(
      {
        title: 'Open data: FTP reply codes as JSON',
        description:
          'Every FTP reply code, command and server message as versioned JSON with JSON Schemas: reply texts, classes, the commands that return each code, RFC sections and what servers say.',
        path: apiUrls.page,
      },
      site,
    ),
    version: DATASET_VERSION,
    files,
    tables,
  };
}
