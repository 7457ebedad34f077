/** The captured transcripts in tests/fixtures/transcripts/ and what servers replied in them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReplies, type Reply } from './replies.ts';
import { fixturesDir } from './paths.ts';

export const transcriptsDir = join(fixturesDir, 'transcripts');

export interface IndexEntry {
  file: string;
  server: string;
  client: string;
  command: string;
  scenario: string;
}

export function transcriptIndex(): IndexEntry[] {
  return JSON.parse(readFileSync(join(transcriptsDir, 'index.json'), 'utf8'));
}

export function transcriptFiles(): string[] {
  return readdirSync(transcriptsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readTranscript(file: string): string {
  return readFileSync(join(transcriptsDir, file), 'utf8');
}

/** Server name as the site writes it, from a fixture file name ("pureftpd-raw-..." -> "Pure-FTPd"). */
export function serverOf(file: string): string {
  const prefix = file.split('-')[0];
  const names: Record<string, string> = {
    vsftpd: 'vsftpd',
    proftpd: 'ProFTPD',
    pureftpd: 'Pure-FTPd',
    pyftpdlib: 'pyftpdlib',
  };
  const name = names[prefix ?? ''];
  if (!name) throw new Error(`${file}: file name does not start with a known server`);
  return name;
}

/** Replies in a raw-client transcript, where every server line starts with "S: ". */
export function rawReplies(file: string): Reply[] {
  const lines = readTranscript(file)
    .split('\n')
    .filter((line) => line.startsWith('S: '))
    .map((line) => line.slice(3));
  return parseReplies(lines);
}
