/** The list of clients and libraries (`/clients`): each with what its catalogue covers. */
import { allClientErrors } from '../client-errors.ts';
import type { SiteContent } from '../site-content.ts';
import { pageTitle } from '../titles.ts';
import { clientsIndexUrl, clientUrl, homeUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface ClientsIndexEntry {
  id: string;
  name: string;
  summary: string;
  versions: string;
  language?: string | undefined;
  url: string;
  errors: number;
  pages: number;
  /** Whether it names reply codes (names.yaml). */
  names: boolean;
}

export interface ClientsIndexPage {
  frame: PageFrame;
  /** Programs people run, then libraries, each by name. */
  groups: { heading: string; clients: ClientsIndexEntry[] }[];
}

/**
 * @example clientsIndexPage(content, site).groups.map((g) => g.heading) // -> ['Clients', 'Libraries']
 */
export function clientsIndexPage(content: SiteContent, site: URL): ClientsIndexPage {
  const errors = allClientErrors(content);
  const entries = content.clients
    .map((c) => {
      const own = errors.filter((e) => e.client === c.id);
      return {
        id: c.id,
        name: c.data.name,
        summary: c.data.summary,
        versions: c.data.versions,
        language: c.data.language,
        url: clientUrl(c.id),
        errors: own.length,
        pages: own.filter((e) => e.hasPage).length,
        names: !!c.names,
        kind: c.data.kind,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    frame: pageFrame(
      {
        title: pageTitle('FTP client errors: what each client and library says, and the fix'),
        description:
          'The errors of curl, lftp, FileZilla, WinSCP and the FTP libraries of Python, PHP, .NET, Java, Node and Go: what each means, the reply behind it and the switch that fixes it.',
        path: clientsIndexUrl,
        trail: [{ label: 'Home', href: homeUrl }, { label: 'Clients' }],
      },
      site,
    ),
    groups: [
      { heading: 'Clients', clients: entries.filter((e) => e.kind === 'client') },
      { heading: 'Libraries', clients: entries.filter((e) => e.kind === 'library') },
    ]
      .filter((g) => g.clients.length > 0)
      .map((g) => ({ heading: g.heading, clients: g.clients.map(({ kind: _kind, ...e }) => e) })),
  };
}
