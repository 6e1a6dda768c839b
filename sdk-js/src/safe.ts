// Everything a merchant or the network sends us passes through here before it reaches the DOM or CSS.

/** An absolute http(s) URL, or undefined: javascript:, data:, blob: and anything unparsable are refused. */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value || value.length > 2048) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A string cut to max characters (no HTML meaning is ever given to it: the renderer only uses textContent). */
export function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

const COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FONT = /^[\w \-,.'"]{1,120}$/;

/** A hex colour (#rgb, #rgba, #rrggbb, #rrggbbaa): no url(), var() or ; can reach a style property. */
export function safeColor(value: unknown): string | undefined {
  return typeof value === 'string' && COLOR.test(value) ? value : undefined;
}

/** A font-family list of plain names, e.g. "Inter, system-ui, sans-serif". */
export function safeFont(value: unknown): string | undefined {
  return typeof value === 'string' && FONT.test(value) ? value : undefined;
}

/** An integer within [min, max], or undefined. */
export function int(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}
