import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { RFC_DIR } from '../../src/lib/content/content-dir.ts';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The RFC texts that ship with the repository. */
export const rfcDir = join(root, RFC_DIR);
export const contentDir = join(root, 'content');
export const fixturesDir = join(root, 'tests', 'fixtures');
export const distDir = join(root, 'dist');
