/**
 * Reads the RFC texts themselves, so tests can compare the content files
 * with the standards rather than with a second hand-typed copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rfcDir } from './paths.ts';

/** The RFC text without page breaks, running headers and footers. */
export function rfcLines(rfc: number): string[] {
  return (
    readFileSync(join(rfcDir, `rfc${rfc}.txt`), 'utf8')
      .replace(/\f/g, '')
      .split('\n')
      // Drop running headers and footers: "RFC 959   October 1985", "Postel & Reynolds   [Page 49]".
      .filter((line) => !/^RFC \d+ {2,}|\[Page \d+\]$|^File Transfer Protocol$/.test(line))
  );
}

function between(lines: string[], start: RegExp, end: RegExp): string[] {
  const from = lines.findIndex((l) => start.test(l));
  const to = lines.findIndex((l, i) => i > from && end.test(l));
  if (from < 0 || to < 0) throw new Error(`section not found: ${start}`);
  return lines.slice(from + 1, to);
}

/** Section 4.2.2: every reply code with its text, e.g. 550 -> "Requested action not taken. ...". */
export function numericReplyList(): Map<number, string> {
  const lines = between(rfcLines(959), /^\s+4\.2\.2 Numeric +Order List/, /^5\.\s+DECLARATIVE SPECIFICATIONS/);
  const codes = new Map<number, string>();
  let current: number | undefined;
  for (const line of lines) {
    const m = /^\s+(\d{3}) (.*)$/.exec(line);
    if (m) {
      current = Number(m[1]);
      codes.set(current, m[2].trim());
    } else if (current !== undefined && line.trim() !== '' && /^\s{12,}\S/.test(line)) {
      codes.set(current, `${codes.get(current)} ${line.trim()}`);
    } else if (line.trim() === '') {
      current = undefined;
    }
  }
  return codes;
}

export interface RfcSequence {
  preliminary: number[];
  afterPreliminary: number[];
  completion: number[];
  intermediate: number[];
}

/** Where each RFC's command-reply table starts and ends. */
const TABLES: Record<number, [RegExp, RegExp]> = {
  959: [/^\s+Command-Reply Sequences/, /^6\.\s+STATE DIAGRAMS/],
  2228: [/^\s+8\.2\.\s+Command-Reply sequences/, /^\s+In addition to these reply codes/],
};

/**
 * A command-reply table (RFC 959 section 5.4, RFC 2228 section 8.2), keyed
 * by command ("RETR") or by "Connection Establishment". Indentation carries
 * the structure: codes one step in are replies to the command; codes two
 * steps in follow the preliminary reply above them.
 */
export function commandReplySequences(rfc: 959 | 2228 = 959): Map<string, RfcSequence> {
  const [start, end] = TABLES[rfc];
  const lines = between(rfcLines(rfc), start, end);
  const sequences = new Map<string, RfcSequence>();
  let current: RfcSequence | undefined;
  let base = 0;
  for (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    const indent = line.length - line.trimStart().length;
    if (/^[A-Z]{3,4}$/.test(text) || text === 'Connection Establishment') {
      current = { preliminary: [], afterPreliminary: [], completion: [], intermediate: [] };
      sequences.set(text, current);
      base = indent;
      continue;
    }
    if (!current || !/^[\d(]/.test(text)) continue;
    const codes = text.split(/[,\s]+/).map((t) => Number(t.replace(/[()]/g, '')));
    if (indent > base + 3) {
      current.afterPreliminary.push(...codes);
    } else if (codes.every((c) => c < 200)) {
      current.preliminary.push(...codes);
    } else if (codes.every((c) => c >= 300 && c < 400)) {
      current.intermediate.push(...codes);
    } else {
      current.completion.push(...codes);
    }
  }
  return sequences;
}
