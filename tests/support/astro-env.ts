/**
 * The environment for a child `astro build` started from a test. Vitest sets
 * BASE_URL, MODE, DEV, PROD and SSR in process.env, and Astro would read them
 * into import.meta.env of the build (a build under /ftp/ came out at /).
 */
export function astroBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}
