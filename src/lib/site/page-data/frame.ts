/**
 * What the frame of every page (src/layouts/BaseLayout.astro) shows: the head
 * and the breadcrumbs. Each page model builds its frame from what the page
 * says about itself.
 */
import { pageHead, type HeadEntry, type PageMeta } from '../head.ts';
import type { Crumb } from '../structured-data.ts';

export interface PageFrame {
  head: HeadEntry[];
  /** Shown above the content when the page has a place in the site's sections. */
  trail?: Crumb[] | undefined;
}

/**
 * @example pageFrame({ title: 'Search', description: '...', path: '/search', noindex: true }, site).trail // -> undefined
 */
export function pageFrame(meta: PageMeta, site: URL): PageFrame {
  return { head: pageHead(meta, site), trail: meta.trail };
}
