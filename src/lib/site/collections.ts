/**
 * The one place the site reads Astro's content collections: each is queried
 * once per build and kept. Route files call these and hand the result to a
 * page model (src/lib/site/page-data/); components never read content.
 * Everything here is wiring: what a page shows is computed in the models,
 * which tests feed from `loadContent()` instead (getCollection() returns
 * nothing under vitest).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pairId } from '../ftp/pairs.ts';
import { siteContent, type SiteContent } from './site-content.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type CommandEntry = CollectionEntry<'commands'>;
export type NoteEntry = CollectionEntry<'compare'>;
export type ServerEntry = CollectionEntry<'servers'>;
export type MessagePageEntry = CollectionEntry<'messagePages'>;
export type ClientEntry = CollectionEntry<'clients'>;
export type ErrorPageEntry = CollectionEntry<'errorPages'>;
export type GuideEntry = CollectionEntry<'guides'>;

interface Loaded {
  content: SiteContent;
  codes: CodeEntry[];
  commands: CommandEntry[];
  notes: Map<string, NoteEntry>;
  servers: ServerEntry[];
  messagePages: MessagePageEntry[];
  clients: ClientEntry[];
  errorPages: ErrorPageEntry[];
  guides: GuideEntry[];
}

let loaded: Promise<Loaded> | undefined;

/** The glob loader's path, e.g. "./content/codes/550.md", as git names it. */
const fileOf = (entry: { filePath?: string | undefined }) => entry.filePath?.replace(/^\.\//, '');

async function load(): Promise<Loaded> {
  const [
    codes,
    commands,
    notes,
    servers,
    messages,
    messagePages,
    clients,
    clientErrors,
    replyNames,
    errorPages,
    guides,
  ] = await Promise.all([
    getCollection('codes'),
    getCollection('commands'),
    getCollection('compare'),
    getCollection('servers'),
    getCollection('messages'),
    getCollection('messagePages'),
    getCollection('clients'),
    getCollection('clientErrors'),
    getCollection('replyNames'),
    getCollection('errorPages'),
    getCollection('guides'),
  ]);
  const ofServer = (id: string) => (entry: { id: string }) => entry.id.startsWith(`${id}/`);
  const content = siteContent({
    codes: codes.map((c) => ({ code: Number(c.id), data: c.data, body: c.body ?? '', file: fileOf(c) })),
    commands: commands.map((c) => ({ id: c.id, data: c.data, file: fileOf(c) })),
    notes: notes.map((n) => ({ id: n.id, data: n.data, file: fileOf(n) })),
    servers: servers.map((s) => ({
      id: s.id,
      data: s.data,
      file: fileOf(s),
      messages: messages
        .filter(ofServer(s.id))
        .sort((a, b) => a.data.order - b.data.order)
        .map(({ data: { folder: _folder, order: _order, ...message } }) => message),
      pages: new Set(messagePages.filter(ofServer(s.id)).map((p) => p.id.slice(s.id.length + 1))),
    })),
    clients: clients.map((c) => ({
      id: c.id,
      data: c.data,
      file: fileOf(c),
      errors: clientErrors
        .filter(ofServer(c.id))
        .sort((a, b) => a.data.order - b.data.order)
        .map(({ data: { folder: _folder, order: _order, ...error } }) => error),
      names: replyNames.find((n) => n.id === c.id)?.data,
      pages: new Set(errorPages.filter(ofServer(c.id)).map((p) => p.id.slice(c.id.length + 1))),
    })),
    guides: guides.map((g) => ({ id: g.id, data: g.data, file: fileOf(g) })),
  });
  return {
    content,
    codes: [...codes].sort((a, b) => Number(a.id) - Number(b.id)),
    commands,
    notes: new Map(notes.map((n) => [n.id, n])),
    servers,
    messagePages,
    clients,
    errorPages,
    guides,
  };
}

function collections(): Promise<Loaded> {
  loaded ??= load();
  return loaded;
}

/** All the content, ordered, for the page models. */
export async function loadSiteContent(): Promise<SiteContent> {
  return (await collections()).content;
}

/** Code entries in numeric order, for getStaticPaths and render(). */
export async function codeEntries(): Promise<CodeEntry[]> {
  return (await collections()).codes;
}

/** Command entries, for getStaticPaths and render(). */
export async function commandEntries(): Promise<CommandEntry[]> {
  return (await collections()).commands;
}

/** The editorial note of a pair, for render(); undefined when it has none. */
export async function noteEntry([a, b]: [number, number]): Promise<NoteEntry | undefined> {
  return (await collections()).notes.get(pairId(a, b));
}

/** Server entries (index.md), for getStaticPaths and render(). */
export async function serverEntries(): Promise<ServerEntry[]> {
  return (await collections()).servers;
}

/** Message page entries (`NAME/ID.md`, id "NAME/ID"), for getStaticPaths and render(). */
export async function messagePageEntries(): Promise<MessagePageEntry[]> {
  return (await collections()).messagePages;
}

/** Client entries (index.md), for getStaticPaths and render(). */
export async function clientEntries(): Promise<ClientEntry[]> {
  return (await collections()).clients;
}

/** Error page entries (`NAME/ID.md`, id "NAME/ID"), for getStaticPaths and render(). */
export async function errorPageEntries(): Promise<ErrorPageEntry[]> {
  return (await collections()).errorPages;
}

/** Guide entries, for getStaticPaths and render(). */
export async function guideEntries(): Promise<GuideEntry[]> {
  return (await collections()).guides;
}
