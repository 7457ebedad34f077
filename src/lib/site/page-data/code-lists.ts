/**
 * The lists of codes the home page and the /codes index show, the filters
 * over them, and the index the lookup box resolves against.
 */
import { allFunctionGroups, functionGroup, groupByClass } from '../../ftp/reply-codes.ts';
import type { SiteContent } from '../site-content.ts';
import { statusInfo } from '../status.ts';

export interface CodeListItem {
  code: number;
  name: string;
  summary: string;
  /** The second digit, for the group filter. */
  /** Its function group's digit; undefined for protected replies (6yz), which have none. */
  group: number | undefined;
  /** The status label in lower case, for codes that are not standard, e.g. "non-standard". */
  status?: string | undefined;
}

export interface ClassSection {
  digit: number;
  name: string;
  /** What the client does next, as a sentence. */
  next: string;
  items: CodeListItem[];
}

export interface CodeLists {
  /** FTP replies under their class, classes in order, empty ones left out. */
  classes: ClassSection[];
  /** Numbers that are not FTP replies (socket errors), in numeric order. */
  notFtp: { code: number; name: string; summary: string }[];
  /** The classes and function groups the lists hold, for the filters. */
  filters: { classes: { digit: number; name: string }[]; groups: { digit: number; name: string }[] };
}

/**
 * @example codeLists(content).classes[0].next // -> 'Wait for another reply before sending a new command.'
 */
export function codeLists(content: SiteContent): CodeLists {
  const replies = content.codes.filter((c) => c.data.status !== 'not-ftp');
  const classes = groupByClass(replies).map(({ cls, items }) => ({
    digit: cls.digit,
    name: cls.name,
    next: `${cls.nextStep.charAt(0).toUpperCase()}${cls.nextStep.slice(1)}.`,
    items: items.map((c) => ({
      code: c.code,
      name: c.data.name,
      summary: c.data.summary,
      group: functionGroup(c.code)?.digit,
      status: c.data.status === 'standard' ? undefined : statusInfo(c.data.status).label.toLowerCase(),
    })),
  }));
  const groups = allFunctionGroups().filter((g) => replies.some((c) => functionGroup(c.code)?.digit === g.digit));
  return {
    classes,
    notFtp: content.codes
      .filter((c) => c.data.status === 'not-ftp')
      .map((c) => ({ code: c.code, name: c.data.name, summary: c.data.summary })),
    filters: {
      classes: classes.map(({ digit, name }) => ({ digit, name })),
      groups: groups.map(({ digit, name }) => ({ digit, name })),
    },
  };
}

/** What the lookup box resolves a query against, as the space-separated lists its form carries. */
export interface LookupIndex {
  codes: string;
  commands: string;
}

/** @example lookupIndex(content).commands.split(' ').includes('retr') // -> true */
export function lookupIndex(content: SiteContent): LookupIndex {
  return {
    codes: content.codes.map((c) => c.code).join(' '),
    commands: content.commands
      .filter((c) => c.data.kind === 'command')
      .map((c) => c.id)
      .join(' '),
  };
}
