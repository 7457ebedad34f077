import type { Problem } from '../problem.ts';

/**
 * A compare note is named after its pair in canonical order, `A-vs-B.md` with A < B: that is the URL of the
 * comparison page (`/compare/450-vs-550`) the note joins, and one pair has one file.
 *
 * @example
 * compareFileNameProblems('content/compare/550-vs-425.md', '550-vs-425.md')
 * // -> [{ file: 'content/compare/550-vs-425.md', field: 'file name',
 * //       message: 'the lower code comes first: name it 425-vs-550.md' }]
 * compareFileNameProblems('content/compare/425-vs-550.md', '425-vs-550.md') // -> []
 */
export function compareFileNameProblems(file: string, name: string): Problem[] {
  const m = /^(\d{3}|\d{5})-vs-(\d{3}|\d{5})\.md$/.exec(name);
  if (!m) {
    return [
      {
        file,
        field: 'file name',
        message: `"${name}" must name a pair as A-vs-B.md with the lower code first, e.g. 450-vs-550.md`,
      },
    ];
  }
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a < b) return [];
  return [
    {
      file,
      field: 'file name',
      message: `the lower code comes first: name it ${Math.min(a, b)}-vs-${Math.max(a, b)}.md`,
    },
  ];
}
