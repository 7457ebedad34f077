/**
 * How the site words each status of a code (src/lib/content/schema.ts lists
 * the statuses): the one home of that wording. The fact box, the code lists,
 * the comparison pages, the link-card images and the /api documentation all
 * read it from here.
 */
import { STATUSES, type CodeStatus } from '../content/statuses.ts';

/** Why a number with status `not-ftp` has no reply class, as a clause: "…: <this>". */
export const NOT_FTP_REASON = "it is not a reply from the server but an error of the client computer's network stack";

export interface StatusInfo {
  status: CodeStatus;
  /** Short label, e.g. "Non-standard". */
  label: string;
  /** What a code with this status is, before its number in a title: "FTP reply 550", "Socket error 10060". */
  noun: string;
  /** One sentence on what the status means for the reader. */
  explanation: string;
  /** The same as a clause that follows "550 is", e.g. "defined by a standards-track RFC". */
  standing: string;
  /** The sentence for two codes that share the status, e.g. "Both are defined by a standards-track RFC." */
  both: string;
  /** What the `text` of a code with this status is, as the label before it: "Reply text in the RFC". */
  textLabel: string;
}

const STATUS_INFO: Record<CodeStatus, StatusInfo> = {
  standard: {
    status: 'standard',
    label: 'Standard',
    noun: 'FTP reply',
    explanation: 'A standards-track RFC defines this reply.',
    standing: 'defined by a standards-track RFC',
    both: 'Both are defined by a standards-track RFC.',
    textLabel: 'Reply text in the RFC',
  },
  experimental: {
    status: 'experimental',
    label: 'Experimental',
    explanation: 'Only an Experimental RFC defines this reply, not a standards-track one.',
    standing: 'defined only by an Experimental RFC, not a standards-track one',
    both: 'Both are defined only by an Experimental RFC, not a standards-track one.',
    textLabel: 'Reply text in the Experimental RFC',
    noun: 'FTP reply',
  },
  'non-standard': {
    status: 'non-standard',
    label: 'Non-standard',
    noun: 'FTP reply',
    explanation: 'No RFC defines this reply; it comes from individual servers, lists or libraries.',
    standing: 'defined by no RFC: it comes from individual servers, lists or libraries',
    both: 'Neither is defined by an RFC: both come from individual servers, lists or libraries.',
    textLabel: 'Usual text (no RFC gives one)',
  },
  obsolete: {
    status: 'obsolete',
    label: 'Obsolete',
    noun: 'FTP reply',
    explanation: 'Only FTP specifications older than RFC 959 defined this reply.',
    standing: 'defined only by FTP specifications older than RFC 959',
    both: 'Both are defined only by FTP specifications older than RFC 959.',
    textLabel: 'Reply text in the specification before RFC 959',
  },
  'not-ftp': {
    status: 'not-ftp',
    label: 'Not an FTP reply',
    noun: 'Socket error',
    explanation: 'No FTP server sends this number; an FTP client shows it for an error of its own.',
    standing: 'not an FTP reply at all',
    both: 'Neither is an FTP reply.',
    textLabel: 'Windows message',
  },
};

/** @example statusInfo('non-standard').label // -> 'Non-standard' */
export function statusInfo(status: CodeStatus): StatusInfo {
  return STATUS_INFO[status];
}

/**
 * Every status with its explanation, as the published schema describes the field.
 *
 * @example statusGlossary().startsWith('"standard": A standards-track RFC defines this reply.') // -> true
 */
export function statusGlossary(): string {
  return STATUSES.map((s) => `"${s}": ${STATUS_INFO[s].explanation}`).join(' ');
}
