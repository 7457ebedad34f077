/**
 * Rendering an explanation into the page. User text is only ever set with
 * textContent or as an attribute value it cannot escape from; no HTML is
 * built from strings. Long lists render in slices so the page stays usable.
 */
import { clientSaid, sessionsLine, type ExplainedReply, type Explanation } from '../ftp/explain.ts';
import { PLACEHOLDER } from '../ftp/server-messages.ts';
import { codeUrl } from './urls.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The code as a link to its page, or in bold where the site has no page for it. */
function codeLink(code: number, hasPage: boolean): HTMLElement {
  if (!hasPage) return el('strong', String(code));
  const a = el('a', String(code));
  a.href = codeUrl(code);
  return a;
}

/** How many transfers the summary lists one by one; past that it counts them and lists the failed ones. */
const SUMMARY_TRANSFERS = 10;

/** The summary's transfer lines: each one in a short log; in a long log a count and the first failures. */
function transferItems(transfers: Explanation['transfers']): HTMLLIElement[] {
  const line = (t: Explanation['transfers'][number]) =>
    el('li', `${t.command}: ${t.ok ? 'completed' : 'failed'} (${t.code}).`);
  if (transfers.length <= SUMMARY_TRANSFERS) return transfers.map(line);
  const failed = transfers.filter((t) => !t.ok);
  const items = [
    el('li', `${transfers.length} transfers: ${transfers.length - failed.length} completed, ${failed.length} failed.`),
    ...failed.slice(0, SUMMARY_TRANSFERS).map(line),
  ];
  if (failed.length > SUMMARY_TRANSFERS)
    items.push(el('li', `${failed.length - SUMMARY_TRANSFERS} more failed transfers are in the list of replies.`));
  return items;
}

export function renderSummary(list: HTMLElement, e: Explanation): void {
  list.replaceChildren();
  const login = {
    yes: 'Logged in: yes.',
    no: 'Logged in: no login in this log.',
    failed: 'Logged in: no, the login was refused.',
  }[e.loggedIn];
  list.append(el('li', login));
  if (e.sessions.length > 1) list.append(el('li', sessionsLine(e)));
  list.append(el('li', `${e.replies.length} replies, ${e.replies.filter((r) => r.failure).length} of them failures.`));
  list.append(...transferItems(e.transfers));
  if (e.firstFailure) {
    const li = el('li', 'First failure: ');
    li.append(
      codeLink(e.firstFailure.code, e.firstFailure.hasPage),
      ` ${e.firstFailure.name}${e.firstFailure.command ? `, after ${e.firstFailure.command}` : ''} (line ${e.firstFailure.lineNumber}).`,
    );
    list.append(li);
  }
  for (const c of clientSaid(e)) {
    const li = el('li', 'Client said: ');
    li.append(el('code', c.text), ` (${c.count > 1 ? `${c.count} times, first on ` : ''}line ${c.lineNumber}).`);
    if (c.url) li.append(' See ', link(c.url, `the ${c.clientName} error`), '.');
    list.append(li);
  }
  for (const f of e.findings) {
    const li = el('li', 'What to check: ', 'finding');
    li.append(f.text, ' See ', codeLink(f.code, true));
    if (f.page) li.append(' and ', link(f.page.url, f.page.title));
    li.append('.');
    list.append(li);
  }
}

/**
 * The two status columns an IIS FTP log adds to a reply, as plain text.
 *
 * @example iisText({ substatus: 41, win32: 1326 }) // -> 'IIS log: substatus 41, Windows status 1326.'
 */
export function iisText(iis: { substatus?: number; win32?: number }): string {
  const parts = [
    ...(iis.substatus !== undefined ? [`substatus ${iis.substatus}`] : []),
    ...(iis.win32 !== undefined ? [`Windows status ${iis.win32}`] : []),
  ];
  return `IIS log: ${parts.length ? parts.join(', ') : 'no substatus or Windows status'}.`;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

function replyItem(r: ExplainedReply): HTMLLIElement {
  const li = el('li', undefined, r.failure ? 'failure' : undefined);
  // A new connection: the reply starts its session (inside the item, so the list holds only replies).
  if (r.startsSession)
    li.append(el('p', `Session ${r.startsSession.number} (line ${r.startsSession.lineNumber})`, 'session'));
  const head = el('p');
  head.append(codeLink(r.code, r.hasPage), ` ${r.name}`);
  if (r.failure) head.append(el('span', ' (failure)', 'flag'));
  if (r.command) head.append(el('span', ` after ${r.command}`, 'after'));
  li.append(head, el('p', r.text, 'text'), el('p', r.meaning));
  if (r.decoded) li.append(el('p', `Decoded: ${r.decoded}.`));
  if (r.iis) li.append(el('p', iisText(r.iis)));
  if (r.message) {
    const p = el('p', 'Server message: ');
    p.append(link(r.message.url, `${r.message.server}: ${r.message.text.replace(PLACEHOLDER, '…')}`), '.');
    li.append(p);
  }
  return li;
}

/** How many replies render with the summary, in the same task: more than a screenful. */
export const FIRST_SCREEN = 50;

/** How many replies render before the reader asks for the rest. */
export const FIRST_REPLIES = 2000;

/** How long one slice of rendering may run before the page gets a turn (a frame is about 16 ms). */
const SLICE_MS = 8;

/**
 * Wait until the page is idle (it has drawn its frame and handled input), and resolve with the
 * time by which the next slice should end. Where requestIdleCallback is missing, a timer stands in.
 */
function nextSlice(): Promise<number> {
  if (typeof requestIdleCallback !== 'function')
    return new Promise((resolve) => setTimeout(() => resolve(performance.now() + SLICE_MS), 0));
  return new Promise((resolve) =>
    requestIdleCallback((idle) => resolve(performance.now() + Math.min(SLICE_MS, idle.timeRemaining())), {
      timeout: 100,
    }),
  );
}

/**
 * Render replies from `start` up to `end` now, in one go: the first screen, drawn with the summary.
 *
 * @example renderRepliesNow(list, explanation.replies, 0, FIRST_SCREEN) // the first 50 replies, replacing the list
 */
export function renderRepliesNow(
  list: HTMLElement,
  replies: readonly ExplainedReply[],
  start: number,
  end: number,
): void {
  const slice = document.createDocumentFragment();
  for (let i = start; i < Math.min(end, replies.length); i++) slice.append(replyItem(replies[i]!));
  if (start === 0) list.replaceChildren(slice);
  else list.append(slice);
}

/**
 * Render replies from `start` up to `end` in slices of at most 8 ms, each when the page is idle, so
 * that it keeps drawing and answering input (the first slice waits for the frame in progress).
 * Stops early, returning false, once `signal` is aborted (a new explanation replaced this one).
 *
 * @example await renderReplies(list, explanation.replies, FIRST_SCREEN, FIRST_REPLIES, signal)
 */
export async function renderReplies(
  list: HTMLElement,
  replies: readonly ExplainedReply[],
  start = 0,
  end = Math.min(replies.length, FIRST_REPLIES),
  signal?: AbortSignal,
): Promise<boolean> {
  if (start === 0) list.replaceChildren();
  let i = start;
  while (i < Math.min(end, replies.length)) {
    const sliceEnd = await nextSlice();
    if (signal?.aborted) return false;
    const slice = document.createDocumentFragment();
    do slice.append(replyItem(replies[i++]!));
    while (i < Math.min(end, replies.length) && performance.now() < sliceEnd);
    list.append(slice);
  }
  return true;
}
