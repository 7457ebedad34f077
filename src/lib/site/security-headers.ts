/**
 * The Content-Security-Policy and the other security headers. The site loads
 * nothing from other origins and runs no inline script (JSON-LD is data, which
 * CSP does not govern), so the policy allows only this origin.
 */

/** Directives a `<meta http-equiv>` policy may carry. */
const META_DIRECTIVES = [
  "default-src 'none'",
  // Pagefind's search on /search (and its worker, served from this origin) compiles WebAssembly; this allows
  // that, not eval().
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  // The explainer's data file and the Pagefind index.
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
];

/** The policy for the meta tag on every page (browsers ignore frame-ancestors there). */
export const CSP_META = META_DIRECTIVES.join('; ');

/** The same policy for the HTTP header, which can also forbid framing. */
export const CSP_HEADER = [...META_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * `_headers` (Netlify and Cloudflare Pages syntax) for every path.
 *
 * @example headersFile().split('\n')[0] // -> '/*'
 */
export function headersFile(): string {
  const headers: [string, string][] = [
    ['Content-Security-Policy', CSP_HEADER],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Strict-Transport-Security', 'max-age=31536000'],
  ];
  return `/*\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}
