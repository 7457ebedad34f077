/**
 * Pages whose content is a tool rather than data: the search, the log
 * explainer, and the comparison picker's no-script landing page. Their
 * models are only the frame; the tools bring their own scripts.
 */
import { explainUrl, searchUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface ToolPage {
  frame: PageFrame;
}

/** `/search`: full-text search over code and command pages (Pagefind). */
export function searchPage(site: URL): ToolPage {
  return {
    frame: pageFrame(
      {
        title: 'Search FTP reply codes',
        description: 'Search every FTP reply code and command page: words from a reply text, a symptom or a command.',
        path: searchUrl,
        noindex: true,
      },
      site,
    ),
  };
}

/** `/explain`: the transcript explainer. */
export function explainPage(site: URL): ToolPage {
  return {
    frame: pageFrame(
      {
        title: 'FTP log explainer',
        description:
          'Paste an FTP session log from FileZilla, WinSCP, curl, lftp or any ftp client: every server reply is explained in order, in your browser.',
        path: explainUrl,
      },
      site,
    ),
  };
}

/** `/compare/go`: where the picker sends a browser that runs no script, on a host without redirect rules. */
export function comparePickerPage(site: URL): ToolPage {
  return {
    frame: pageFrame(
      {
        title: 'Comparison picker',
        description:
          'Where the comparison picker sends a browser that runs no script, on a host without redirect rules.',
        noindex: true,
      },
      site,
    ),
  };
}
