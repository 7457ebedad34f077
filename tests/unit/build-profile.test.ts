import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  astroPhases,
  buildProfile,
  integrationSteps,
  renderedByKind,
  statMs,
} from '../../scripts/lib/build-profile.ts';

/** A real build's log (three pages of each kind kept) and the timers Astro wrote to ASTRO_TIMER_PATH. */
const log = readFileSync('tests/fixtures/build/build.log', 'utf8');
const timers = JSON.parse(readFileSync('tests/fixtures/build/astro-timers.json', 'utf8'));

describe('build profile', () => {
  it("reads Astro's time stats", () => {
    expect(statMs('3ms')).toBe(3);
    expect(statMs('1.16s')).toBe(1160);
    expect(statMs('1m 21s')).toBe(81_000);
    expect(() => statMs('soon')).toThrow();
  });

  it('sums the time logged after each page by kind of page, every page counted once', () => {
    const kinds = renderedByKind(log);
    const pages = [...log.matchAll(/[├└]─ (\/\S*) \(\+/g)].length;
    expect(kinds.reduce((n, k) => n + Number(/\((\d+)\)$/.exec(k.name)![1]), 0)).toBe(pages);
    expect(kinds.find((k) => k.name.startsWith('render: comparison pages'))).toEqual({
      name: 'render: comparison pages (3)',
      ms: 8 + 3 + 5,
    });
    expect(kinds.map((k) => k.name.replace(/ \(\d+\)$/, ''))).toEqual([
      'render: comparison pages',
      'render: code pages',
      'render: server and message pages',
      'render: client and client-error pages',
      'render: command pages',
      'render: guides',
      'render: data files (/api, JSON, sitemap)',
      'render: other pages (home, indexes, tools)',
    ]);
  });

  it("takes the site's integrations' own lines", () => {
    expect(integrationSteps(log).map((s) => s.name.split(':')[0])).toEqual([
      'ftp-content-guard',
      'ftp-redirect-pages',
      'ftp-og-images',
      'ftp-search-index',
    ]);
    expect(integrationSteps(log).at(-1)).toEqual({ name: 'ftp-search-index: waited for the search index', ms: 2618 });
  });

  it('shares page generation out by the time logged per page, so overlapping pages still sum to it', () => {
    const profile = buildProfile({ log, timers, wallMs: timers['Total build'].elapsedTime });
    const rendered = profile.filter((p) => p.name.startsWith('render:'));
    expect(rendered.reduce((sum, p) => sum + p.ms, 0)).toBeCloseTo(timers['Static generate'].elapsedTime, 6);
  });

  it("regroups the profile into Astro's phases, to set beside a bare build, without losing time", () => {
    const wallMs = timers['Total build'].elapsedTime + 1500;
    const profile = buildProfile({ log, timers, wallMs });
    const phases = astroPhases(profile);
    expect(phases.map((p) => p.name)).toEqual([
      'startup',
      'content sync',
      'server bundle',
      'client bundle',
      'page generation',
      'everything else (integrations, setup, hooks)',
    ]);
    expect(phases.reduce((sum, p) => sum + p.ms, 0)).toBeCloseTo(wallMs, 6);
  });

  it('accounts for the whole wall-clock time, startup and the unnamed rest included', () => {
    const wallMs = timers['Total build'].elapsedTime + 1500;
    const profile = buildProfile({ log, timers, wallMs });
    expect(profile[0]).toEqual({ name: 'startup (Node, loading the configuration)', ms: 1500 });
    expect(profile.reduce((sum, p) => sum + p.ms, 0)).toBeCloseTo(wallMs, 6);
    expect(profile.every((p) => p.ms >= 0)).toBe(true);
  });
});
