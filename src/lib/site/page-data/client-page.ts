/**
 * The page of a client or library (`/clients/curl`, design.md 2): what the catalogue covers, the written notes
 * (how to see the server's replies), every error it ends an FTP transfer with, and the names it gives reply codes.
 */
import type { ClientData } from '../../content/client-schema.ts';
import { allClientErrors, type ClientErrorView } from '../client-errors.ts';
import type { SiteContent } from '../site-content.ts';
import { pageTitle } from '../titles.ts';
import { clientsIndexUrl, clientUrl, codeUrl, homeUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface ClientPage {
  frame: PageFrame;
  id: string;
  data: ClientData;
  counts: { errors: number; pages: number };
  /** The errors with a page of their own: the ones people search for. */
  pages: ClientErrorView[];
  /** Every error, in catalogue order. */
  errors: ClientErrorView[];
  /** The names it gives reply codes, in code order, when it names them. */
  names?:
    | {
        type: string;
        source: string;
        url?: string | undefined;
        rows: { code: number; codeName: string; name: string; url?: string | undefined }[];
      }
    | undefined;
  /** Every option the catalogue names, with the errors that name it. */
  options: { name: string; errors: ClientErrorView[] }[];
}

/**
 * @example clientPage(content, 'curl', site).errors[0].id // -> 'exit-1'
 */
export function clientPage(content: SiteContent, id: string, site: URL): ClientPage {
  const client = content.clients.find((c) => c.id === id);
  if (!client) throw new Error(`no client ${id} in the content`);
  const errors = allClientErrors(content).filter((e) => e.client === id);
  const codeNames = new Map(content.codes.map((c) => [c.code, c.data.name]));
  const options = new Map<string, ClientErrorView[]>();
  for (const e of errors) for (const o of e.options) options.set(o, [...(options.get(o) ?? []), e]);
  return {
    frame: pageFrame(
      {
        title: pageTitle(`${client.data.name} FTP errors and their fixes`),
        description: client.data.summary,
        path: clientUrl(id),
        trail: [
          { label: 'Home', href: homeUrl },
          { label: 'Clients', href: clientsIndexUrl },
          { label: client.data.name },
        ],
      },
      site,
    ),
    id,
    data: client.data,
    counts: { errors: errors.length, pages: errors.filter((e) => e.hasPage).length },
    pages: errors.filter((e) => e.hasPage),
    errors,
    names: client.names && {
      type: client.names.type,
      source: client.names.source,
      url: client.names.url,
      rows: Object.entries(client.names.names)
        .map(([code, name]) => ({
          code: Number(code),
          codeName: codeNames.get(Number(code)) ?? '',
          name,
          url: codeNames.has(Number(code)) ? codeUrl(Number(code)) : undefined,
        }))
        .sort((a, b) => a.code - b.code),
    },
    options: [...options].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, errors: list })),
  };
}
