/**
 * What the digits of an FTP reply code mean (RFC 959 section 4.2, RFC 2228
 * section 5.2 for 6yz). Everything here is derived from the number alone.
 */

export type ReplyClassDigit = 1 | 2 | 3 | 4 | 5 | 6;

export interface ReplyClass {
  digit: ReplyClassDigit;
  /** The RFC's name for the class, e.g. "Transient Negative Completion". */
  name: string;
  /** What a reply of this class tells its reader, as a clause that can follow "that". */
  meaning: string;
  /** What the client should do next, in a few words. */
  nextStep: string;
  /**
   * Whether this reply ends the command (no further reply follows for it); null for protected replies (6yz),
   * where the reply inside decides (RFC 2228 section 8.2: any command can return a reply encapsulated in one).
   */
  final: boolean | null;
  /** Plain-language retry advice for a person reading the reply. */
  retry: string;
  /** RFC section that defines the class. */
  source: { rfc: number; section: string };
}

const CLASSES: Record<ReplyClassDigit, ReplyClass> = {
  1: {
    digit: 1,
    name: 'Positive Preliminary',
    meaning: 'the action has started and another reply will follow',
    nextStep: 'wait for another reply before sending a new command',
    final: false,
    retry: 'Nothing to retry: the action has started and another reply will follow.',
    source: { rfc: 959, section: '4.2' },
  },
  2: {
    digit: 2,
    name: 'Positive Completion',
    meaning: 'the action is complete',
    nextStep: 'the action is done; send the next command',
    final: true,
    retry: 'Nothing to retry: the action succeeded.',
    source: { rfc: 959, section: '4.2' },
  },
  3: {
    digit: 3,
    name: 'Positive Intermediate',
    meaning: 'the server is waiting for the next command of the sequence',
    nextStep: 'send the next command of the sequence',
    final: false,
    retry: 'Nothing to retry: the server is waiting for the next command of the sequence.',
    source: { rfc: 959, section: '4.2' },
  },
  4: {
    digit: 4,
    name: 'Transient Negative Completion',
    meaning: 'the action failed, but the same request may work later',
    nextStep: 'the action failed for now; try again later',
    final: true,
    retry: 'Retrying the same command later may succeed: restart the command sequence from its beginning.',
    source: { rfc: 959, section: '4.2' },
  },
  5: {
    digit: 5,
    name: 'Permanent Negative Completion',
    meaning: 'the action failed, and the same request will keep failing until something changes',
    nextStep: 'the action failed; change something before trying again',
    final: true,
    retry: 'Do not retry unchanged: fix the command, its argument, the account or the server first.',
    source: { rfc: 959, section: '4.2' },
  },
  6: {
    digit: 6,
    name: 'Protected',
    meaning: 'the real reply is wrapped in a protected one',
    nextStep: 'decode the protected reply it carries',
    final: null,
    retry: 'Nothing to retry: the real reply is inside the protected one.',
    source: { rfc: 2228, section: '5.2' },
  },
};

export interface FunctionGroup {
  digit: number;
  /** The RFC's name for the group, e.g. "File system". */
  name: string;
  /** What replies in this group are about. */
  about: string;
}

const GROUPS: Record<number, FunctionGroup> = {
  0: {
    digit: 0,
    name: 'Syntax',
    about: 'syntax errors, unimplemented or superfluous commands, and replies that fit no other group',
  },
  1: { digit: 1, name: 'Information', about: 'requests for information, such as status or help' },
  2: { digit: 2, name: 'Connections', about: 'the control and data connections' },
  3: { digit: 3, name: 'Authentication and accounting', about: 'the login process and accounting' },
  4: { digit: 4, name: 'Unspecified', about: 'nothing yet: RFC 959 leaves this group unassigned' },
  5: {
    digit: 5,
    name: 'File system',
    about: 'the state of the server file system in relation to the requested transfer or file action',
  },
};

/**
 * Parse a reply code from text. Accepts exactly three digits whose first is 1-6.
 *
 * @example parseReplyCode('550') // -> 550
 * @example parseReplyCode('55')  // -> undefined
 */
export function parseReplyCode(text: string): number | undefined {
  return /^[1-6][0-9]{2}$/.test(text) ? Number(text) : undefined;
}

/**
 * Whether a number is an FTP reply code (three digits, 100-699), as opposed
 * to, say, a Windows Sockets error that has a page too.
 *
 * @example isReplyCode(550) // -> true
 * @example isReplyCode(10054) // -> false
 */
export function isReplyCode(code: number): boolean {
  return Number.isInteger(code) && code >= 100 && code <= 699;
}

function digits(code: number): [number, number, number] {
  if (!Number.isInteger(code) || code < 100 || code > 699) {
    throw new RangeError(`not an FTP reply code: ${code}`);
  }
  return [Math.floor(code / 100), Math.floor(code / 10) % 10, code % 10];
}

/**
 * The class a code belongs to, from its first digit.
 *
 * @example replyClass(550).name // -> 'Permanent Negative Completion'
 */
export function replyClass(code: number): ReplyClass {
  const [first] = digits(code);
  const cls = CLASSES[first as ReplyClassDigit];
  if (!cls) throw new RangeError(`no reply class starts with ${first}: ${code}`);
  return cls;
}

/**
 * The function group a code belongs to, from its second digit (RFC 959 section 4.2). Undefined for
 * protected replies (6yz): RFC 2228 section 5.2 gives them no function group, and their second digit
 * carries none of RFC 959's meanings.
 *
 * @example functionGroup(425)?.name // -> 'Connections'
 * @example functionGroup(631) // -> undefined
 */
export function functionGroup(code: number): FunctionGroup | undefined {
  const [first, second] = digits(code);
  if (first === 6) return undefined;
  return GROUPS[second] ?? { digit: second, name: 'Unassigned', about: 'a second digit no RFC assigns' };
}

/** The class names in order, for lists such as the home page. */
export function allReplyClasses(): ReplyClass[] {
  return Object.values(CLASSES);
}

/** All function groups that RFC 959 names. */
export function allFunctionGroups(): FunctionGroup[] {
  return Object.values(GROUPS);
}

/**
 * Items grouped by the class of their code, classes in order, empty classes
 * left out. Numbers that are not reply codes are left out too.
 *
 * @example groupByClass([{ code: 550 }, { code: 220 }]).map((g) => g.cls.digit) // -> [2, 5]
 */
export function groupByClass<T extends { code: number }>(items: readonly T[]): { cls: ReplyClass; items: T[] }[] {
  return allReplyClasses()
    .map((cls) => ({
      cls,
      items: items
        .filter((item) => isReplyCode(item.code) && replyClass(item.code).digit === cls.digit)
        .sort((a, b) => a.code - b.code),
    }))
    .filter((group) => group.items.length > 0);
}
