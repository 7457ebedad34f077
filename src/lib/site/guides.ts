/**
 * Guides as other pages link to them: each code, server message and client error a guide covers links back to it
 * (content/guides/, `covers`), computed once per content object.
 */
import type { SiteContent } from './site-content.ts';
import { guideUrl } from './urls.ts';

export interface GuideLink {
  title: string;
  url: string;
}

const indexes = new WeakMap<SiteContent, Map<string, GuideLink[]>>();

/** Keys: "code:550", "message:vsftpd/illegal-port-command", "error:curl/exit-28". */
function index(content: SiteContent): Map<string, GuideLink[]> {
  let map = indexes.get(content);
  if (!map) {
    map = new Map();
    for (const g of content.guides) {
      const link = { title: g.data.title, url: guideUrl(g.id) };
      const keys = [
        ...g.data.covers.codes.map((c) => `code:${c}`),
        ...g.data.covers.messages.map((m) => `message:${m}`),
        ...g.data.covers.errors.map((e) => `error:${e}`),
      ];
      for (const key of keys) map.set(key, [...(map.get(key) ?? []), link]);
    }
    indexes.set(content, map);
  }
  return map;
}

/**
 * The guides that cover a code, a server message (`server/id`) or a client error (`client/id`).
 *
 * @example guidesFor(content, { code: 227 }).map((g) => g.url) // -> ['/guides/passive-mode-nat']
 */
export function guidesFor(
  content: SiteContent,
  what: { code: number } | { message: string } | { error: string },
): GuideLink[] {
  const key =
    'code' in what ? `code:${what.code}` : 'message' in what ? `message:${what.message}` : `error:${what.error}`;
  return index(content).get(key) ?? [];
}
