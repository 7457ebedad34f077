/**
 * "What to do" on a code page (issue 17): the first steps of the page's own `## Fix (client)` and `## Fix (server)`
 * sections, right under the summary. A step is the bold lead-in of a top-level item (`- **Do not retry
 * unchanged.** ...`, required by the content rule fix-lead-ins) and links to that item, whose id the Markdown
 * pipeline sets with {@link fixStepIds} (src/integrations/heading-links.ts), so both sides agree.
 */
import Slugger from 'github-slugger';
import { FIX_SECTIONS } from '../content/rules/fix-lead-ins.ts';
import { markdownSection } from './ticket-note.ts';

/** How many steps each side shows: the first few, the rest are one click away. */
export const STEPS_PER_SIDE = 3;

/** The anchor of each fix section on a code page (Astro's slug of the heading). */
export const FIX_SECTION_IDS: Record<(typeof FIX_SECTIONS)[number], string> = {
  'Fix (client)': 'fix-client',
  'Fix (server)': 'fix-server',
};

/** A piece of a step's text: plain, or code (a backtick span in the Markdown). */
export interface TextPart {
  text: string;
  code: boolean;
}

export interface WhatToDoStep {
  /** The id of the item in the fix section, e.g. `fix-client-do-not-retry-unchanged`. */
  id: string;
  /** The lead-in as plain text, without its closing punctuation: "Do not retry unchanged". */
  text: string;
  /** The same text with its code spans marked, for display. */
  parts: TextPart[];
}

export interface WhatToDoSide {
  side: 'client' | 'server';
  /** The fix section's anchor: `fix-client` or `fix-server`. */
  sectionId: string;
  /** The first sentence of the paragraph that opens the section, if one does ("A 110 is not an error."). */
  note?: string | undefined;
  steps: WhatToDoStep[];
  /** How many items of the section the steps leave out. */
  more: number;
}

/**
 * The bold lead-ins of the top-level items of one `## ` section, in order, as written (Markdown). Items inside code
 * blocks and nested items are not counted; an item without a lead-in gives an empty string, so positions match the
 * rendered list.
 *
 * @example fixLeadIns('## Fix (client)\n\n- **Do not retry.** Change it.\n- **Check [PWD](/commands/pwd)**\n', 'Fix (client)')
 * // -> ['Do not retry.', 'Check [PWD](/commands/pwd)']
 */
export function fixLeadIns(body: string, heading: string): string[] {
  const items: string[] = [];
  let inSection = false;
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (/^## /.test(line)) {
      inSection = line.replace(/^##\s+/, '').trim() === heading;
      continue;
    }
    if (!inSection) continue;
    if (/^(-|\*|\+|\d+\.)\s/.test(line)) items.push(line.replace(/^(-|\*|\+|\d+\.)\s+/, ''));
    // A wrapped line of the item (indented, not a nested item) joins it, so a lead-in may span lines.
    else if (/^\s+\S/.test(line) && !/^\s+(-|\*|\+|\d+\.)\s/.test(line) && items.length > 0) {
      items[items.length - 1] += ` ${line.trim()}`;
    }
  }
  return items.map((item) => /^\*\*(.+?)\*\*/.exec(item)?.[1] ?? '');
}

/**
 * A lead-in's Markdown as text parts: links reduced to their text, code spans marked, whitespace collapsed.
 *
 * @example leadInParts('See [PWD](/commands/pwd) and `curl -v`') // -> [{ text: 'See PWD and ', code: false }, { text: 'curl -v', code: true }]
 */
export function leadInParts(markdown: string): TextPart[] {
  const plain = markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return plain
    .split(/(`[^`]+`)/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece.startsWith('`') ? { text: piece.slice(1, -1), code: true } : { text: typeset(piece), code: false },
    );
}

/**
 * The ids of a fix section's items, from their lead-ins' text: the section's id, a hyphen and the slug of the
 * lead-in, numbered like headings when two items slug alike. Items without a lead-in get none.
 *
 * @example fixStepIds('fix-client', ['Do not retry unchanged.', 'Check “case”', '']) // -> ['fix-client-do-not-retry-unchanged', 'fix-client-check-case', undefined]
 */
export function fixStepIds(sectionId: string, leadIns: readonly string[]): (string | undefined)[] {
  const slugger = new Slugger();
  return leadIns.map((text) => {
    const words = text.replace(/\s+/g, ' ').trim();
    return words === '' ? undefined : `${sectionId}-${slugger.slug(words)}`;
  });
}

/**
 * The "What to do" block of a code page, from its Markdown body: per side (client, then server), the first
 * STEPS_PER_SIDE lead-ins of the fix section as steps, and the first sentence of the section's opening paragraph
 * when it has one. A side whose section has no items has no steps; its note and link still say what it says.
 *
 * @example whatToDo(body550)[0].steps[0] // -> { id: 'fix-client-do-not-retry-unchanged', text: 'Do not retry unchanged', ... }
 */
export function whatToDo(body: string, max = STEPS_PER_SIDE): WhatToDoSide[] {
  return FIX_SECTIONS.map((heading) => {
    const sectionId = FIX_SECTION_IDS[heading];
    const leadIns = fixLeadIns(body, heading);
    const parts = leadIns.map(leadInParts);
    const ids = fixStepIds(
      sectionId,
      parts.map((p) => p.map((part) => part.text).join('')),
    );
    const steps = parts.flatMap((p, i) => {
      const id = ids[i];
      return id ? [{ id, text: trimEnd(p.map((part) => part.text).join('')), parts: trimParts(p) }] : [];
    });
    return {
      side: heading === 'Fix (client)' ? ('client' as const) : ('server' as const),
      sectionId,
      note: openingSentence(body, heading),
      steps: steps.slice(0, max),
      more: leadIns.length - Math.min(steps.length, max),
    };
  });
}

/**
 * Quotes, apostrophes and ellipses as the Markdown engine sets them in the section (its SmartyPants step), so a
 * step reads exactly like its item.
 *
 * @example typeset(`The server's "250"...`) // -> 'The server’s “250”…'
 */
export function typeset(text: string): string {
  return text
    .replace(/\.\.\./g, '…')
    .replace(/(^|[\s(])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/'/g, '’');
}

/** A lead-in without the punctuation that closes it in the text ("Do not retry unchanged." -> no full stop). */
function trimEnd(text: string): string {
  return text.replace(/[\s.,:;]+$/, '');
}

function trimParts(parts: readonly TextPart[]): TextPart[] {
  const last = parts[parts.length - 1];
  if (!last || last.code) return [...parts];
  const text = trimEnd(last.text);
  return text === '' ? parts.slice(0, -1) : [...parts.slice(0, -1), { ...last, text }];
}

/** The first sentence of the paragraph before a section's first item, as plain text; none when an item comes first. */
function openingSentence(body: string, heading: string): string | undefined {
  const lines = markdownSection(body, heading);
  const first = lines[0];
  if (first === undefined || first.startsWith('- ')) return undefined;
  return /^.+?[.!?](?=\s+[A-Z0-9"“(]|$)/.exec(first)?.[0] ?? first;
}
