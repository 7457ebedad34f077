/**
 * The site's content as the page models read it: every code, command and
 * comparison note, loaded once per build (src/lib/site/collections.ts does
 * that from Astro's collections; tests build the same shape from
 * `loadContent()`), and the facts derived from all of it together, computed
 * once per content object however many pages ask.
 */
import type { CodeData, CommandData, CompareData } from '../content/schema.ts';
import type { ServerData, ServerMessage } from '../content/server-schema.ts';
import type { ClientData, ClientError, ReplyNames } from '../content/client-schema.ts';
import type { GuideData } from '../content/guide-schema.ts';
import type { LoadedContent } from '../content/content-check.ts';
import { codeFacts, type CodeFacts } from '../ftp/code-facts.ts';
import { allPairs } from '../ftp/pairs.ts';
import { oftenCompared, pairTheme, relate, THEMES, type Relatedness, type Theme } from '../ftp/relatedness.ts';
import { sortCommands } from '../ftp/sequences.ts';

export interface CodeSource {
  code: number;
  data: CodeData;
  /** The Markdown body, for the ticket note. */
  body: string;
  /** The file, relative to the project, e.g. "content/codes/550.md" (for the sitemap's dates). */
  file?: string | undefined;
}

export interface CommandSource {
  /** The file name without `.md`, e.g. "retr". */
  id: string;
  data: CommandData;
  file?: string | undefined;
}

export interface NoteSource {
  /** The pair, e.g. "450-vs-550". */
  id: string;
  data: CompareData;
  file?: string | undefined;
}

export interface ServerSource {
  /** The folder name, e.g. "vsftpd". */
  id: string;
  data: ServerData;
  /** Every message, in the order of messages.yaml. */
  messages: ServerMessage[];
  /** Ids of the messages that have a page of their own. */
  pages: ReadonlySet<string>;
  /** "content/servers/vsftpd/index.md", for the sitemap's dates. */
  file?: string | undefined;
}

export interface ClientSource {
  /** The folder name, e.g. "curl". */
  id: string;
  data: ClientData;
  /** Every error, in the order of errors.yaml. */
  errors: ClientError[];
  /** The names it gives reply codes (names.yaml), when it names them. */
  names?: ReplyNames | undefined;
  /** Ids of the errors that have a page of their own. */
  pages: ReadonlySet<string>;
  /** "content/clients/curl/index.md", for the sitemap's dates. */
  file?: string | undefined;
}

export interface GuideSource {
  /** The file name without `.md`, e.g. "ftps". */
  id: string;
  data: GuideData;
  file?: string | undefined;
}

/** Codes in numeric order, commands as sortCommands orders them, notes as loaded, the rest by id. */
export interface SiteContent {
  codes: CodeSource[];
  commands: CommandSource[];
  notes: NoteSource[];
  servers: ServerSource[];
  clients: ClientSource[];
  guides: GuideSource[];
}

/**
 * Content in the order every page expects it.
 *
 * @example siteContent({ codes: [c550, c220], commands, notes }).codes.map((c) => c.code) // -> [220, 550]
 */
export function siteContent(content: {
  codes: readonly CodeSource[];
  commands: readonly CommandSource[];
  notes: readonly NoteSource[];
  servers?: readonly ServerSource[];
  clients?: readonly ClientSource[];
  guides?: readonly GuideSource[];
}): SiteContent {
  return {
    codes: [...content.codes].sort((a, b) => a.code - b.code),
    commands: sortCommands(content.commands),
    notes: [...content.notes],
    servers: [...(content.servers ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
    clients: [...(content.clients ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
    guides: [...(content.guides ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/**
 * The content as `loadContent()` reads it, in the same shape: what the build's integrations, the tests and the
 * bench use where Astro's collections are not there.
 *
 * @example siteContentOf(loadContent({ contentDir: 'content', rfcDir: RFC_DIR })).codes[0]?.code // -> 110
 */
export function siteContentOf(loaded: LoadedContent): SiteContent {
  return siteContent({
    codes: loaded.codes,
    commands: loaded.commands,
    notes: loaded.compare,
    servers: loaded.servers.map((s) => ({ ...s, pages: new Set(s.pages.map((p) => p.id)) })),
    clients: loaded.clients.map((c) => ({ ...c, pages: new Set(c.pages.map((p) => p.id)) })),
    guides: loaded.guides.map((g) => ({ id: g.id, data: g.data, file: g.file })),
  });
}

/** A related pair as the comparison index lists it. */
export interface ThemedPair {
  a: number;
  b: number;
}

/** What is derived from all the content at once. */
export interface ContentIndex {
  /** Short names by code. */
  names: Map<number, string>;
  /** Facts about every code, for comparisons. */
  facts: Map<number, CodeFacts>;
  /** Notes by pair id. */
  notes: Map<string, NoteSource>;
  /** Ids of the pairs that have notes (they count as curated, src/lib/ftp/relatedness.ts). */
  editorial: Set<string>;
  /** Why two codes are related. */
  relate(a: number, b: number): Relatedness;
  /** Every code worth comparing with `code`, strongest first (cut it to the length a page shows). */
  oftenCompared(code: number): { code: number; relatedness: Relatedness }[];
  /** Every indexable pair, grouped by theme, empty themes left out. */
  themes(): { theme: Theme; pairs: ThemedPair[] }[];
}

const indexes = new WeakMap<SiteContent, ContentIndex>();

/**
 * The derived index of a content object, built on first use and kept for as
 * long as the content is: a build asks for it on every page.
 *
 * @example contentIndex(content).names.get(550) // -> 'File unavailable'
 */
export function contentIndex(content: SiteContent): ContentIndex {
  let index = indexes.get(content);
  if (!index) {
    index = buildIndex(content);
    indexes.set(content, index);
  }
  return index;
}

function buildIndex(content: SiteContent): ContentIndex {
  const facts = codeFacts(content.codes, content.commands);
  const notes = new Map(content.notes.map((n) => [n.id, n]));
  const editorial = new Set(notes.keys());
  const compared = new Map<number, { code: number; relatedness: Relatedness }[]>();
  let themes: { theme: Theme; pairs: ThemedPair[] }[] | undefined;
  const relateCodes = (a: number, b: number) => relate(facts.get(a)!, facts.get(b)!, { editorial });
  return {
    names: new Map(content.codes.map((c) => [c.code, c.data.name])),
    facts,
    notes,
    editorial,
    relate: relateCodes,
    oftenCompared(code) {
      let list = compared.get(code);
      if (!list) {
        list = oftenCompared(code, facts, { editorial, limit: Infinity });
        compared.set(code, list);
      }
      return list;
    },
    themes() {
      themes ??= groupByTheme(facts, relateCodes);
      return themes;
    },
  };
}

function groupByTheme(
  facts: Map<number, CodeFacts>,
  relateCodes: (a: number, b: number) => Relatedness,
): { theme: Theme; pairs: ThemedPair[] }[] {
  const groups = new Map<Theme, ThemedPair[]>(THEMES.map((t) => [t, []]));
  for (const [a, b] of allPairs([...facts.keys()])) {
    const relatedness = relateCodes(a, b);
    if (!relatedness.indexable) continue;
    groups.get(pairTheme(facts.get(a)!, facts.get(b)!, relatedness))!.push({ a, b });
  }
  return [...groups].filter(([, pairs]) => pairs.length > 0).map(([theme, pairs]) => ({ theme, pairs }));
}
