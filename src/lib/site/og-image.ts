/**
 * Open Graph images for code pages, drawn at build time without a network:
 * Satori lays out the card with the Inter font from @fontsource/inter, and
 * resvg turns the SVG into a PNG.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { functionGroup, isReplyCode, replyClass } from '../ftp/reply-codes.ts';
import { statusInfo } from './status.ts';
import { SITE_NAME } from './titles.ts';
import type { CodeStatus } from '../content/schema.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The light scheme's class colours (src/styles/global.css, --c1 ... --c6). */
const CLASS_COLOURS: Record<number, string> = {
  1: '#5b4bb3',
  2: '#1d6b35',
  3: '#0f5f8a',
  4: '#8a5a00',
  5: '#b3261e',
  6: '#5f5f5f',
};

export interface OgCard {
  code: number;
  name: string;
  /** The line under the name, e.g. "5yz Permanent Negative Completion · non-standard". */
  label: string;
  /** First digit, for the colour; 0 for numbers that are not FTP replies. */
  classDigit: number;
  /** Host name shown in the corner, e.g. "ftp-reply-codes.org". */
  host: string;
}

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const div = (style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The card as Satori's element tree (no JSX runtime needed). */
export function ogTree(card: OgCard): Node {
  const colour = CLASS_COLOURS[card.classDigit] ?? '#1b1f24';
  // Satori sizes boxes without their padding: the root is bare, the content box has explicit sizes.
  return div(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      background: '#ffffff',
      color: '#1b1f24',
      fontFamily: 'Inter',
      borderTop: `24px solid ${colour}`,
      justifyContent: 'center',
      alignItems: 'center',
    },
    [
      div(
        {
          width: OG_WIDTH - 160,
          height: OG_HEIGHT - 24 - 112,
          flexDirection: 'column',
          justifyContent: 'space-between',
        },
        [
          div({ fontSize: 34, color: '#4f5864', justifyContent: 'space-between' }, [
            div({}, SITE_NAME),
            div({}, card.host),
          ]),
          div({ flexDirection: 'column' }, [
            div({ fontSize: 180, fontWeight: 700, color: colour, lineHeight: 1 }, String(card.code)),
            div({ fontSize: card.name.length > 40 ? 50 : 62, fontWeight: 700, marginTop: 20 }, card.name),
            div({ fontSize: 34, color: '#4f5864', marginTop: 14 }, card.label),
          ]),
        ],
      ),
    ],
  );
}

const RESVG_OPTIONS = { fitTo: { mode: 'width', value: OG_WIDTH } } as const;

/**
 * The card as a 1200x630 PNG. Satori and resvg load with the first card drawn: a build whose cards are all
 * cached never loads them.
 */
export async function ogImagePng(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(ogTree(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Uint8Array(new Resvg(svg, RESVG_OPTIONS).render().asPng());
}

/**
 * A hash of everything the PNG is drawn from: the card's element tree (text, colours, sizes), the fonts, and the
 * versions of Satori and resvg. Two cards with the same key are the same image, so a build can reuse it.
 *
 * @example ogImageKey(card) === ogImageKey({ ...card }) // -> true
 */
export function ogImageKey(card: OgCard): string {
  const hash = createHash('sha256');
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  hash.update(
    JSON.stringify([ogTree(card), OG_WIDTH, OG_HEIGHT, RESVG_OPTIONS, version('satori'), version('@resvg/resvg-js')]),
  );
  for (const font of loadFonts()) hash.update(font.data);
  return hash.digest('hex').slice(0, 32);
}

/**
 * The line under the name: class and group, or the code's standing when it is not standard.
 *
 * @example ogLabel(550, 'standard') // -> '5yz Permanent Negative Completion · x5z File system'
 * @example ogLabel(10054, 'not-ftp') // -> 'Not an FTP reply: a client-side socket error'
 */
export function ogLabel(code: number, status: CodeStatus): string {
  if (status === 'not-ftp' || !isReplyCode(code)) return `${statusInfo('not-ftp').label}: a client-side socket error`;
  const cls = replyClass(code);
  const head = `${cls.digit}yz ${cls.name}`;
  if (status !== 'standard') return `${head} · ${statusInfo(status).label.toLowerCase()}`;
  const group = functionGroup(code);
  return group ? `${head} · x${group.digit}z ${group.name}` : `${head} · no function group`;
}
