/**
 * The transcript explainer's form: parse the pasted text, explain it, render the result
 * with DOM methods and textContent only, and copy it as a ticket note. The text never
 * leaves the page; only the explainer's data file is fetched.
 *
 * Speed: the data file is fetched before Explain is pressed (when the page is idle, or at the
 * latest when the reader reaches the text box). The summary and the first screen of replies
 * are drawn in the task that explains; the rest of the first batch follows in short slices so
 * the page keeps answering input. performance marks name each step for `npm run bench`.
 */
import { parseTranscript } from '../lib/ftp/transcript.ts';
import { explain, type ExplainData, type Explanation } from '../lib/ftp/explain.ts';
import {
  FIRST_REPLIES,
  FIRST_SCREEN,
  renderSummary,
  renderReplies,
  renderRepliesNow,
} from '../lib/site/explain-dom.ts';
import { sessionTicketNote } from '../lib/site/ticket-note.ts';
import { explainDataUrl } from '../lib/site/urls.ts';

const form = document.querySelector<HTMLFormElement>('form[data-explainer]')!;
const textarea = form.querySelector<HTMLTextAreaElement>('textarea')!;
const status = form.querySelector<HTMLOutputElement>('[data-status]')!;
const copy = form.querySelector<HTMLButtonElement>('[data-copy]')!;
const result = document.querySelector<HTMLElement>('[data-result]')!;
const summary = result.querySelector<HTMLElement>('[data-summary]')!;
const list = result.querySelector<HTMLElement>('[data-replies]')!;
const more = result.querySelector<HTMLButtonElement>('[data-more]')!;
let data: Promise<ExplainData> | undefined;
let last: Explanation | undefined;
/** Aborted when a new explanation replaces the one still rendering. */
let rendering = new AbortController();

/** The explainer's data, fetched once; a failed fetch is tried again on the next call. */
function loadData(): Promise<ExplainData> {
  data ??= fetch(explainDataUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`${explainDataUrl}: ${r.status}`);
      return r.json() as Promise<ExplainData>;
    })
    .catch((error: unknown) => {
      data = undefined;
      throw error;
    });
  return data;
}
const prefetch = () => void loadData().catch(() => undefined);
textarea.addEventListener('focus', prefetch, { once: true });
textarea.addEventListener('input', prefetch, { once: true });
if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
else setTimeout(prefetch, 200);

/** performance.measure from a mark to now, under the name the bench reads. */
function measure(name: string, from: number): number {
  const now = performance.now();
  performance.measure(`explain:${name}`, { start: from, end: now });
  return now;
}

async function run(): Promise<void> {
  rendering.abort();
  const signal = (rendering = new AbortController()).signal;
  status.textContent = 'Reading…';
  let known: ExplainData;
  try {
    known = await loadData();
  } catch {
    status.textContent = 'The explainer could not load its data. Check the connection and press Explain again.';
    return;
  }
  if (signal.aborted) return;
  const started = performance.now();
  const transcript = parseTranscript(textarea.value);
  const parsed = measure('parse', started);
  last = explain(transcript, known);
  const explained = measure('explain', parsed);
  const ms = Math.round(explained - started);
  renderSummary(summary, last);
  const summarised = measure('summary', explained);
  renderRepliesNow(list, last.replies, 0, FIRST_SCREEN);
  measure('first-screen', summarised);
  more.hidden = true;
  result.hidden = false;
  copy.hidden = last.replies.length === 0;
  status.textContent =
    last.replies.length === 0
      ? 'No server replies found in this text.'
      : `${last.replies.length} replies explained in ${ms} ms.`;
  form.dataset.explainMs = String(ms);
  delete form.dataset.renderMs;
  // The rest of the first batch renders in slices after the first screen is drawn, so a long
  // log never freezes the page; past the first batch the reader asks for the rest.
  const shown = await renderReplies(list, last.replies, FIRST_SCREEN, FIRST_REPLIES, signal);
  if (!shown) return;
  measure('first-batch', started);
  const rest = last.replies.length - FIRST_REPLIES;
  more.hidden = rest <= 0;
  more.textContent = `Show the other ${rest} replies`;
  form.dataset.renderMs = String(Math.round(performance.now() - started));
}

// The button's click runs the explainer and cancels the form submission: letting the browser submit
// first costs it tens of milliseconds with megabytes in the text box. A submission by other means
// (requestSubmit) still lands here.
form.querySelector('button[type="submit"]')!.addEventListener('click', (event) => {
  event.preventDefault();
  void run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});

more.addEventListener('click', async () => {
  if (!last) return;
  more.hidden = true;
  await renderReplies(list, last.replies, FIRST_REPLIES, last.replies.length, rendering.signal);
});

copy.addEventListener('click', async () => {
  if (!last) return;
  await navigator.clipboard.writeText(sessionTicketNote(last, location.origin));
  status.textContent = 'Ticket note copied.';
});
