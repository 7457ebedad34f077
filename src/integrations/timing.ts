/**
 * How long a step of an integration took, as its log line says it: `npm run bench` reads these lines
 * (`[ftp-…] … in 123 ms`) into the build's phase profile.
 *
 * @example since(performance.now() - 1234.4) // -> '1234 ms'
 */
export function since(start: number): string {
  return `${Math.round(performance.now() - start)} ms`;
}
