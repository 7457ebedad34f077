// Check every content file and print `file:line: field: problem`; exit 1 on any problem.
// Runs on Node >= 22.18 (TypeScript imports): `npm run check:content`.
import { checkContent, formatProblems } from '../src/lib/content/content-check.ts';
import { RFC_DIR } from '../src/lib/content/content-dir.ts';

const contentDir = process.argv[2] ?? 'content';
const problems = checkContent({ contentDir, rfcDir: RFC_DIR });
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem(s) in ${contentDir}/`);
  process.exit(1);
}
console.log(`${contentDir}/: no problems`);
