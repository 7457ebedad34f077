import { describe, expect, it } from 'vitest';
import { functionGroup, groupByClass, parseReplyCode, replyClass } from '../../src/lib/ftp/reply-codes.ts';

describe('reply code digits', () => {
  it('parses exactly three digits starting with 1-6', () => {
    expect(parseReplyCode('550')).toBe(550);
    expect(parseReplyCode('631')).toBe(631);
    expect(parseReplyCode('55')).toBeUndefined();
    expect(parseReplyCode('5500')).toBeUndefined();
    expect(parseReplyCode('750')).toBeUndefined();
    expect(parseReplyCode(' 550')).toBeUndefined();
  });

  it('names the class from the first digit as RFC 959 4.2 does', () => {
    expect(replyClass(125).name).toBe('Positive Preliminary');
    expect(replyClass(226).name).toBe('Positive Completion');
    expect(replyClass(331).name).toBe('Positive Intermediate');
    expect(replyClass(450).name).toBe('Transient Negative Completion');
    expect(replyClass(550).name).toBe('Permanent Negative Completion');
    expect(replyClass(631).name).toBe('Protected');
  });

  it('treats only completion replies as final', () => {
    expect([150, 226, 350, 425, 530].map((c) => replyClass(c).final)).toEqual([false, true, false, true, true]);
  });

  it('says a transient failure may be retried and a permanent one not unchanged', () => {
    expect(replyClass(450).retry).toMatch(/later may succeed/);
    expect(replyClass(550).retry).toMatch(/^Do not retry unchanged/);
  });

  it('names the function group from the second digit', () => {
    expect(functionGroup(500)?.name).toBe('Syntax');
    expect(functionGroup(214)?.name).toBe('Information');
    expect(functionGroup(425)?.name).toBe('Connections');
    expect(functionGroup(530)?.name).toBe('Authentication and accounting');
    expect(functionGroup(550)?.name).toBe('File system');
  });

  it('rejects numbers that are not reply codes', () => {
    expect(() => replyClass(99)).toThrow(RangeError);
    expect(() => replyClass(700)).toThrow(RangeError);
    expect(() => replyClass(55.5)).toThrow(RangeError);
  });

  it('leaves protected replies without a function group, and their finality to the reply inside', () => {
    expect([631, 632, 633].map((c) => functionGroup(c))).toEqual([undefined, undefined, undefined]);
    expect([631, 632, 633].map((c) => replyClass(c).final)).toEqual([null, null, null]);
  });

  it('groups codes by class in class order and leaves out empty classes', () => {
    const groups = groupByClass([{ code: 550 }, { code: 220 }, { code: 226 }]);
    expect(groups.map((g) => [g.cls.digit, g.items.map((i) => i.code)])).toEqual([
      [2, [220, 226]],
      [5, [550]],
    ]);
  });
});
