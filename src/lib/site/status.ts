/** How each status of a code is presented: a label and a sentence for the fact box. */
import type { CodeStatus } from '../content/schema.ts';

export interface StatusInfo {
  status: CodeStatus;
  /** Short label, e.g. "Non-standard". */
  label: string;
  /** One sentence on what the status means for the reader. */
  explanation: string;
}

const STATUS_INFO: Record<CodeStatus, StatusInfo> = {
  standard: {
    status: 'standard',
    label: 'Standard',
    explanation: 'An RFC defines this reply.',
  },
  'non-standard': {
    status: 'non-standard',
    label: 'Non-standard',
    explanation: 'No RFC defines this reply; it comes from individual servers, lists or libraries.',
  },
  obsolete: {
    status: 'obsolete',
    label: 'Obsolete',
    explanation: 'Only FTP specifications older than RFC 959 defined this reply.',
  },
  'not-ftp': {
    status: 'not-ftp',
    label: 'Not an FTP reply',
    explanation: 'No FTP server sends this number; an FTP client shows it for an error of its own.',
  },
};

/** @example statusInfo('non-standard').label // -> 'Non-standard' */
export function statusInfo(status: CodeStatus): StatusInfo {
  return STATUS_INFO[status];
}
