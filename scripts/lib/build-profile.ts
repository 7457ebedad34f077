/**
 * Where a production build's time goes, from what the build itself reports: Astro's phase timers (the JSON it
 * writes to ASTRO_TIMER_PATH), the time it logs after each page (`/codes/550.html (+3ms)`), and the lines the
 * site's integrations log (`[ftp-og-images] … in 12 ms`, src/integrations/timing.ts). `npm run bench` prints it.
 */

/** Astro's timers as ASTRO_TIMER_PATH receives them (node_modules/astro/dist/core/config/timer.js). */
export type AstroTimers = Record<string, { elapsedTime: number }>;

export interface Phase {
  /** What ran, e.g. "render: comparison pages (2485)". */
  name: string;
  ms: number;
}

/** Kinds of page by the path Astro logs, most specific first; the first match names the page. */
const PAGE_KINDS: [string, RegExp][] = [
  ['comparison pages', /^\/compare\/\d+-vs-\d+\.html$/],
  ['code pages', /^\/codes\/\d+\.html$/],
  ['server and message pages', /^\/servers\//],
  ['client and client-error pages', /^\/clients\//],
  ['command pages', /^\/commands\/[^/]+\.html$/],
  ['guides', /^\/guides\//],
  ['data files (/api, JSON, sitemap)', /^\/api\/|\.(json|xml|txt)$/],
  ['other pages (home, indexes, tools)', /./],
];

/**
 * Milliseconds of Astro's log time stat: "3ms", "1.16s", "1m 21s".
 *
 * @example statMs('1.16s') // -> 1160
 */
export function statMs(stat: string): number {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(stat.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`not an Astro time: ${stat}`);
  return Number(m[1] ?? 0) * 60_000 + (m[2] ? Number(m[2]) * (m[3] === 's' ? 1000 : 1) : 0);
}

/**
 * Rendering time by kind of page: the sum of the times Astro logs after each page it generates.
 *
 * @example renderedByKind('  ├─ /codes/550.html (+3ms)\n  └─ /codes/530.html (+2ms)')
 * // -> [{ name: 'render: code pages (2)', ms: 5 }]
 */
export function renderedByKind(log: string): Phase[] {
  const kinds = new Map<string, { ms: number; count: number }>();
  for (const [, path, stat] of log.matchAll(/[├└]─ (\/\S*) \(\+([^)]+)\)/g)) {
    const kind = PAGE_KINDS.find(([, pattern]) => pattern.test(path!))![0];
    const sum = kinds.get(kind) ?? { ms: 0, count: 0 };
    kinds.set(kind, { ms: sum.ms + statMs(stat!), count: sum.count + 1 });
  }
  return PAGE_KINDS.flatMap(([kind]) => {
    const sum = kinds.get(kind);
    return sum ? [{ name: `render: ${kind} (${sum.count})`, ms: sum.ms }] : [];
  });
}

/**
 * What the site's integrations logged about their own steps: `[ftp-search-index] indexed 421 pages in 650 ms`.
 *
 * @example integrationSteps('12:00:00 [ftp-og-images] wrote 71 images (0 drawn) in 40 ms')
 * // -> [{ name: 'ftp-og-images: wrote 71 images (0 drawn)', ms: 40 }]
 */
export function integrationSteps(log: string): Phase[] {
  return [...log.matchAll(/\[(ftp-[a-z-]+)\] (.*) in (\d+) ms$/gm)].map(([, name, what, ms]) => ({
    name: `${name}: ${what}`,
    ms: Number(ms),
  }));
}

/**
 * The whole profile of one build, in the order things run. "Startup" is the time before Astro's build timer
 * starts (Node, loading the configuration); "other" is what Astro's timers and the logs do not name. Page
 * generation is shared out between the kinds of page by the time logged after each page: with
 * `build.concurrency` above 1 those times overlap, so only their shares mean anything.
 */
export function buildProfile({ log, timers, wallMs }: { log: string; timers: AstroTimers; wallMs: number }): Phase[] {
  const timer = (name: string) => timers[name]?.elapsedTime ?? 0;
  const steps = integrationSteps(log);
  const first = (step: Phase) => step.name.startsWith('ftp-content-guard');
  const rendered = renderedByKind(log);
  const logged = rendered.reduce((sum, p) => sum + p.ms, 0);
  const generate = timer('Static generate');
  const named = [
    ...steps.filter(first),
    { name: 'content sync (Markdown, YAML, schemas)', ms: timer('Sync content layer') },
    { name: 'server bundle (Vite: components, pages)', ms: timer('Prerender build') },
    { name: 'client bundle (Vite: scripts, styles)', ms: timer('Client build') },
    ...(logged > 0
      ? rendered.map((p) => ({ name: p.name, ms: (generate * p.ms) / logged }))
      : [{ name: 'render: pages', ms: generate }]),
    ...steps.filter((step) => !first(step)),
  ];
  const total = timer('Total build');
  return [
    { name: 'startup (Node, loading the configuration)', ms: Math.max(0, wallMs - total) },
    ...named,
    {
      name: 'other (types, Vite setup, assets, hooks)',
      ms: Math.max(0, total - named.reduce((sum, p) => sum + p.ms, 0)),
    },
  ];
}

/**
 * The same build in Astro's own phases, to set beside a bare Astro build's: startup, content sync, the two
 * bundles, page generation, and the rest (the site's integrations, Astro's hooks and setup).
 */
export function astroPhases(profile: readonly Phase[]): Phase[] {
  const sum = (match: (name: string) => boolean) =>
    profile.filter((p) => match(p.name)).reduce((total, p) => total + p.ms, 0);
  const known = ['startup', 'content sync', 'server bundle', 'client bundle'];
  return [
    ...known.map((name) => ({ name, ms: sum((n) => n.startsWith(name)) })),
    { name: 'page generation', ms: sum((n) => n.startsWith('render:')) },
    {
      name: 'everything else (integrations, setup, hooks)',
      ms: sum((n) => !n.startsWith('render:') && !known.some((k) => n.startsWith(k))),
    },
  ];
}
