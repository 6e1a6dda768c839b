// Draws an SDUI document with DOM calls only: text goes in through textContent, URLs (already checked to be
// http(s)) through attributes. No markup is ever parsed from data, so a product named
// `<img src=x onerror=alert(1)>` is shown as those characters.
import type { Card, SduiDocument, Tokens } from './sdui';
import { CSS } from './styles';

const STYLE_ID = 'recomengine-style';

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
    img.addEventListener('error', () => (img.style.visibility = 'hidden'));
    anchor.append(img);
  } else {
    anchor.append(el('div', 're-img')); // an empty frame keeps the cards of a row aligned
  }
  const body = el('div', 're-body');
  const title = el('div', 're-t', card.title);
  // Element Timing: lets the page (and our benchmark) see when the first card's text was painted.
  if (first) title.setAttribute('elementtiming', 'recomengine');
  body.append(title);
  if (card.price) body.append(el('div', 're-p', card.price.display));
  if (card.badge) body.append(el('div', 're-b', card.badge));
  anchor.append(body);
  item.append(anchor);
  if (card.cta) item.append(link('re-cta', card.cta.url, card.cta.text));
  return item;
}

function ensureStyle(root: Document | ShadowRoot): void {
  if (root instanceof ShadowRoot) {
    const style = el('style', '', CSS);
    root.append(style);
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

/** Replaces the host's content with the widget; returns the widget and its cards (in document order). */
export function draw(host: HTMLElement, doc: SduiDocument, shadow: boolean):
  { widget: HTMLElement; cards: HTMLElement[] } {
  let root: HTMLElement | ShadowRoot = host;
  if (shadow) {
    try {
      root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    } catch {
      root = host; // elements such as <a> or <img> cannot host a shadow root
    }
  }
  root.replaceChildren();
  ensureStyle(root instanceof ShadowRoot ? root : document);
  const { layout, columns, title, tokens, children } = doc.root;
  const widget = el('section', 're re-' + layout);
  widget.style.setProperty('--re-cols', String(columns));
  for (const [name, property] of Object.entries(TOKEN_PROPERTIES)) {
    const value = tokens[name as keyof Tokens];
    if (value !== undefined) widget.style.setProperty(property, typeof value === 'number' ? value + 'px' : value);
  }
  widget.setAttribute('data-placement', doc.placementId);
  if (title) {
    widget.append(el('div', 're-h', title));
    widget.setAttribute('aria-label', title);
  }
  const items = el('div', 're-items');
  items.setAttribute('role', 'list');
  const cards = children.map((card, i) => cardElement(card, i, i === 0));
  items.append(...cards);
  widget.append(items);
  if (layout === 'carousel' && children.length > columns) widget.append(...carouselButtons(items));
  root.append(widget);
  host.hidden = false;
  host.style.removeProperty('display');
  return { widget, cards };
}

/** The widget's failure state: nothing to see, nothing taking room. */
export function hide(host: HTMLElement): void {
  host.hidden = true;
  host.style.display = 'none';
  (host.shadowRoot ?? host).replaceChildren();
}
