import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The RFC texts that ship with the repository. */
export const rfcDir = join(root, 'reference', 'rfc');
export const contentDir = join(root, 'content');
export const fixturesDir = join(root, 'tests', 'fixtures');
export const distDir = join(root, 'dist');
