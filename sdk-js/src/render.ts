// Draws an SDUI document with DOM calls only: text goes in through textContent, URLs (already checked to be
// http(s)) through attributes. No markup is ever parsed from data, so a product named
// `<img src=x onerror=alert(1)>` is shown as those characters.
//
// Layout stability: before the answer arrives a placement shows a skeleton of the same structure and CSS as the
// widget (same columns, card boxes, title and button lines), so filling it moves nothing else on the page; images
// and fallback tiles share one fixed-ratio box.
import type { Card, Layout, SduiDocument, Tokens } from './sdui';
import { CSS } from './styles';

const STYLE_ID = 'recomengine-style';
const BLANK = '\u00a0'; // keeps a placeholder line one line high

/** What the page says a placement will look like, so that its space can be reserved before the answer. */
export interface Shape {
  layout: Layout;
  columns: number;
  cards: number;
  title: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content?: string):
  HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

function link(className: string, href: string | undefined, content?: string): HTMLElement {
  const node = el(href ? 'a' : 'div', className, content);
  if (href) node.setAttribute('href', href);
  return node;
}

const TOKEN_PROPERTIES: Record<keyof Tokens, string> = {
  background: '--re-bg',
  surface: '--re-surface',
  text: '--re-text',
  mutedText: '--re-muted',
  accent: '--re-accent',
  accentText: '--re-accent-text',
  border: '--re-border',
  font: '--re-font',
  radius: '--re-radius',
};

/** Initials on a colour of the product id, in the image's box: for items without an image or whose image fails. */
function tile(card: Card): HTMLElement {
  const box = el('div', 're-img re-fb');
  box.style.backgroundColor = card.fallback.background; // a checked hex colour
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', card.title);
  box.append(el('span', '', card.fallback.text));
  return box;
}

function cardElement(card: Card, index: number, first: boolean): HTMLElement {
  const item = el('div', 're-card');
  item.setAttribute('role', 'listitem');
  item.setAttribute('data-re-i', String(index));
  const anchor = link('re-link', card.url);
  if (card.imageUrl) {
    const img = el('img', 're-img');
    img.setAttribute('src', card.imageUrl);
    img.setAttribute('alt', card.title);
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.addEventListener('error', () => img.replaceWith(tile(card)), { once: true });
    anchor.append(img);
  } else {
    anchor.append(tile(card));
  }
  const body = el('div', 're-body');
  const title = el('div', 're-t', card.title);
  // Element Timing: lets the page (and our benchmark) see when the first card's text was painted.
  if (first) title.setAttribute('elementtiming', 'recomengine');
  // Price and badge lines are always there (blank when absent): every card, and the skeleton, has one height.
  body.append(title, el('div', 're-p', card.price?.display ?? BLANK), el('div', 're-b', card.badge ?? BLANK));
  anchor.append(body);
  item.append(anchor);
  if (card.cta) item.append(link('re-cta', card.cta.url, card.cta.text));
  return item;
}

function ensureStyle(root: Document | ShadowRoot): void {
  if (root instanceof ShadowRoot) {
    if (!root.querySelector('style')) root.prepend(el('style', '', CSS));
  } else if (!document.getElementById(STYLE_ID)) {
    const style = el('style', '', CSS);
    style.id = STYLE_ID;
    (document.head || document.documentElement).append(style);
  }
}

function carouselButtons(items: HTMLElement): HTMLElement[] {
  return (['prev', 'next'] as const).map((side) => {
    const button = el('button', 're-nav re-' + side, side === 'prev' ? '\u2039' : '\u203a');
    button.type = 'button';
    button.setAttribute('aria-label', side === 'prev' ? 'Previous' : 'Next');
    button.addEventListener('click', () =>
      items.scrollBy({ left: (side === 'prev' ? -1 : 1) * items.clientWidth, behavior: 'smooth' }));
    return button;
  });
}

/** The host's drawing root (its shadow root when asked and possible), styled, with the old content removed. */
function rootOf(host: HTMLElement, shadow: boolean): HTMLElement | ShadowRoot {
  let root: HTMLElement | ShadowRoot = host;
  if (shadow) {
    try {
      root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    } catch {
      root = host; // elements such as <a> or <img> cannot host a shadow root
    }
  }
  for (const child of Array.from(root.childNodes)) if (child.nodeName !== 'STYLE') child.remove();
  ensureStyle(root instanceof ShadowRoot ? root : document);
  host.hidden = false;
  host.style.removeProperty('display');
  return root;
}

function frame(layout: Layout, columns: number, className = ''): { widget: HTMLElement; items: HTMLElement } {
  const widget = el('section', 're re-' + layout + className);
  widget.style.setProperty('--re-cols', String(columns));
  const items = el('div', 're-items');
  return { widget, items };
}

export const state = (host: Element, value: string) => host.setAttribute('data-recomengine-state', value);

/** Draws the skeleton of a placement, unless it already shows a widget (a repeated render keeps it until then). */
export function reserve(host: HTMLElement, shape: Shape, shadow: boolean): void {
  if ((host.shadowRoot ?? host).querySelector('.re:not(.re-skel)')) return;
  const root = rootOf(host, shadow);
  const { widget, items } = frame(shape.layout, shape.columns, ' re-skel');
  widget.setAttribute('aria-hidden', 'true');
  if (shape.title) widget.append(el('div', 're-h', BLANK));
  for (let i = 0; i < shape.cards; i++) {
    const card = el('div', 're-card');
    const inner = el('div', 're-link');
    const body = el('div', 're-body');
    body.append(el('div', 're-t', BLANK), el('div', 're-p', BLANK), el('div', 're-b', BLANK));
    inner.append(el('div', 're-img'), body);
    card.append(inner, el('div', 're-cta', BLANK));
    items.append(card);
  }
  widget.append(items);
  root.append(widget);
  state(host, 'loading');
}

/** Replaces the host's content with the widget; returns the widget and its cards (in document order). */
export function draw(host: HTMLElement, doc: SduiDocument, shadow: boolean):
  { widget: HTMLElement; cards: HTMLElement[] } {
  const reserved = parseFloat(getComputedStyle(host).height) || 0;
  const root = rootOf(host, shadow);
  const { layout, columns, title, tokens, children } = doc.root;
  const { widget, items } = frame(layout, columns);
  for (const [name, property] of Object.entries(TOKEN_PROPERTIES)) {
    const value = tokens[name as keyof Tokens];
    if (value !== undefined) widget.style.setProperty(property, typeof value === 'number' ? value + 'px' : value);
  }
  widget.setAttribute('data-placement', doc.placementId);
  if (title) {
    widget.append(el('div', 're-h', title));
    widget.setAttribute('aria-label', title);
  }
  items.setAttribute('role', 'list');
  const cards = children.map((card, i) => cardElement(card, i, i === 0));
  items.append(...cards);
  widget.append(items);
  if (layout === 'carousel' && children.length > columns) widget.append(...carouselButtons(items));
  root.append(widget);
  // A widget shorter than its skeleton keeps the skeleton's height: what follows it on the page stays put.
  host.style.minHeight = '';
  if (parseFloat(getComputedStyle(host).height) < reserved) host.style.minHeight = reserved + 'px';
  state(host, 'drawn');
  return { widget, cards };
}

/** Nothing to show: the placement takes no room. */
export function hide(host: HTMLElement): void {
  host.hidden = true;
  host.style.display = 'none';
  host.style.minHeight = '';
  const root = host.shadowRoot ?? host;
  for (const child of Array.from(root.childNodes)) if (child.nodeName !== 'STYLE') child.remove();
  state(host, 'hidden');
}

/**
 * Nothing to show: a placement the shopper can see keeps its space, empty, and gives it up once it is out of view
 * (above the view, scroll anchoring keeps the visible content in place; below it, nothing visible moves).
 */
export function collapse(host: HTMLElement, stillCurrent: () => boolean): void {
  const reserved = getComputedStyle(host).height;
  const root = host.shadowRoot ?? host;
  for (const child of Array.from(root.childNodes)) if (child.nodeName !== 'STYLE') child.remove();
  host.style.minHeight = reserved;
  state(host, 'empty');
  const observer = new IntersectionObserver(([entry]) => {
    if (entry.isIntersecting) return;
    observer.disconnect();
    if (stillCurrent()) hide(host);
  });
  observer.observe(host);
}
