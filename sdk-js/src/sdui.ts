// The server-driven UI document (sdk-js/sdui.schema.json), read tolerantly: unknown fields are ignored, a card
// that lacks what it needs is skipped, every string is bounded and every URL checked. Anything that is not a
// version-1 document is refused (null) and the widget stays hidden.
import { int, safeColor, safeFont, safeUrl, text } from './safe';

export type Layout = 'grid' | 'carousel' | 'list';
export const LAYOUTS: readonly Layout[] = ['grid', 'carousel', 'list'];
export const MAX_CARDS = 50;

export interface Price {
  amount: number;
  currency: string;
  display: string;
}

export interface Card {
  type: 'card';
  productId: string;
  title: string;
  imageUrl?: string;
  url?: string;
  price?: Price;
  badge?: string;
  cta?: { text: string; url?: string };
  /** the tile drawn when there is no image or it fails to load: initials on a colour of the product id */
  fallback: Fallback;
  tracking: { position: number; recommendationId: string };
}

export interface Tokens {
  background?: string;
  surface?: string;
  text?: string;
  mutedText?: string;
  accent?: string;
  accentText?: string;
  border?: string;
  font?: string;
  radius?: number;
}

export interface SduiDocument {
  schemaVersion: 1;
  placementId: string;
  recommendationId: string;
  strategy?: string;
  variant?: string;
  experimentId?: string;
  root: {
    type: 'container';
    layout: Layout;
    columns: number;
    title?: string;
    tokens: Tokens;
    children: Card[];
  };
}

export interface Fallback {
  text: string;
  background: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const COLOR_TOKENS = ['background', 'surface', 'text', 'mutedText', 'accent', 'accentText', 'border'] as const;

function tokens(style: unknown): Tokens {
  const source = isObject(style) && isObject(style.tokens) ? style.tokens : {};
  const out: Tokens = {};
  for (const name of COLOR_TOKENS) {
    const color = safeColor(source[name]);
    if (color) out[name] = color;
  }
  const font = safeFont(source.font);
  if (font) out.font = font;
  const radius = int(source.radius, 0, 32);
  if (radius !== undefined) out.radius = radius;
  return out;
}

function price(value: unknown): Price | undefined {
  if (!isObject(value)) return undefined;
  const display = text(value.display, 40);
  const currency = typeof value.currency === 'string' && /^[A-Z]{3}$/.test(value.currency) ? value.currency : '';
  const amount = typeof value.amount === 'number' && value.amount >= 0 ? value.amount : NaN;
  return display ? { amount, currency, display } : undefined;
}

/**
 * The fallback tile, computed as the server computes the document's `fallback` (widgets module, FallbackTiles):
 * the initials of the first two words of the title on hsl(FNV-1a(productId) mod 360, 42 %, 38 %).
 */
export function fallbackOf(productId: string, title: string): Fallback {
  const words = title.match(/[\p{L}\p{N}]+/gu) ?? productId.match(/[\p{L}\p{N}]+/gu) ?? ['?'];
  let hash = 0x811c9dc5;
  for (let i = 0; i < productId.length; i++) hash = Math.imul(hash ^ productId.charCodeAt(i), 0x01000193) >>> 0;
  return {
    text: words.slice(0, 2).map((w) => String.fromCodePoint(w.codePointAt(0)!)).join('').toUpperCase(),
    background: `hsl(${hash % 360} 42% 38%)`,
  };
}

function card(value: unknown, index: number, recommendationId: string, base?: string): Card | undefined {
  if (!isObject(value) || value.type !== 'card') return undefined;
  const productId = text(value.productId, 256);
  const title = text(value.title, 300);
  if (!productId || !title) return undefined;
  const tracking = isObject(value.tracking) ? value.tracking : {};
  const out: Card = {
    type: 'card',
    productId,
    title,
    imageUrl: safeUrl(value.imageUrl, base),
    url: safeUrl(value.url, base),
    price: price(value.price),
    badge: text(value.badge, 60),
    fallback: fallbackOf(productId, title),
    tracking: {
      position: int(tracking.position, 0, 10_000) ?? index,
      recommendationId: text(tracking.recommendationId, 256) ?? recommendationId,
    },
  };
  const cta = isObject(value.cta) ? value.cta : undefined;
  const ctaText = cta && text(cta.text, 40);
  if (cta && ctaText) {
    const action = isObject(cta.action) && cta.action.type === 'navigate' ? cta.action : {};
    out.cta = { text: ctaText, url: safeUrl(action.url, base) ?? out.url };
  }
  return out;
}

/** A safe, normalised document, or null when the input is not a version-1 SDUI document. */
export function readDocument(input: unknown, base?: string): SduiDocument | null {
  if (!isObject(input) || input.schemaVersion !== 1 || !isObject(input.root)) return null;
  const root = input.root;
  const placementId = text(input.placementId, 256);
  const recommendationId = text(input.recommendationId, 256);
  if (root.type !== 'container' || !Array.isArray(root.children) || !placementId || !recommendationId) return null;
  const children: Card[] = [];
  for (const child of root.children) {
    if (children.length === MAX_CARDS) break;
    const c = card(child, children.length, recommendationId, base);
    if (c) children.push(c);
  }
  return {
    schemaVersion: 1,
    placementId,
    recommendationId,
    strategy: text(input.strategy, 64),
    variant: text(input.variant, 64),
    experimentId: text(input.experimentId, 256),
    root: {
      type: 'container',
      layout: LAYOUTS.includes(root.layout as Layout) ? (root.layout as Layout) : 'grid',
      columns: int(root.columns, 1, 6) ?? 4,
      title: text(root.title, 120),
      tokens: tokens(root.style),
      children,
    },
  };
}
