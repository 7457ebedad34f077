/**
 * The transcript explainer's form: parse the pasted text, explain it, render the result
 * with DOM methods and textContent only, and copy it as a ticket note. The text never
 * leaves the page; only the explainer's data file is fetched.
 */
import { parseTranscript } from '../lib/ftp/transcript.ts';
import { explain, type ExplainData, type Explanation } from '../lib/ftp/explain.ts';
import { FIRST_REPLIES, renderSummary, renderReplies } from '../lib/site/explain-dom.ts';
import { sessionTicketNote } from '../lib/site/ticket-note.ts';
import { explainDataUrl } from '../lib/site/urls.ts';

const form = document.querySelector<HTMLFormElement>('form[data-explainer]')!;
const status = form.querySelector<HTMLOutputElement>('[data-status]')!;
const copy = form.querySelector<HTMLButtonElement>('[data-copy]')!;
const result = document.querySelector<HTMLElement>('[data-result]')!;
const more = result.querySelector<HTMLButtonElement>('[data-more]')!;
let data: Promise<ExplainData> | undefined;
let last: Explanation | undefined;

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = form.querySelector<HTMLTextAreaElement>('textarea')!.value;
  status.textContent = 'Reading…';
  data ??= fetch(explainDataUrl).then((r) => r.json() as Promise<ExplainData>);
  const known = await data;
  const started = performance.now();
  last = explain(parseTranscript(text), known);
  const ms = Math.round(performance.now() - started);
  renderSummary(result.querySelector('[data-summary]')!, last);
  result.hidden = false;
  copy.hidden = last.replies.length === 0;
  status.textContent =
    last.replies.length === 0
      ? 'No server replies found in this text.'
      : `${last.replies.length} replies explained in ${ms} ms.`;
  form.dataset.explainMs = String(ms);
  // The list renders in slices after the summary, so a long log never freezes the page;
  // past the first replies the reader asks for the rest.
  await renderReplies(result.querySelector('[data-replies]')!, last.replies);
  const rest = last.replies.length - FIRST_REPLIES;
  more.hidden = rest <= 0;
  more.textContent = `Show the other ${rest} replies`;
  form.dataset.renderMs = String(Math.round(performance.now() - started));
});

more.addEventListener('click', async () => {
  if (!last) return;
  more.hidden = true;
  await renderReplies(result.querySelector('[data-replies]')!, last.replies, FIRST_REPLIES, last.replies.length);
});

copy.addEventListener('click', async () => {
  if (!last) return;
  await navigator.clipboard.writeText(sessionTicketNote(last, location.origin));
  status.textContent = 'Ticket note copied.';
});
