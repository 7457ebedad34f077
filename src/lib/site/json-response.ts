/** A JSON file for a static endpoint: indented for people who open it, UTF-8, with a trailing newline. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
