/**
 * Where content lives. `FTP_CONTENT_DIR` points the build at another folder;
 * the tests use it to prove that broken content stops the build.
 */
export function contentDir(): string {
  return process.env.FTP_CONTENT_DIR ?? './content';
}

/** The RFC texts every citation is checked against; they ship with the repository. */
export const RFC_DIR = './reference/rfc';
