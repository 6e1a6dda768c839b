// Identifiers and first-party storage: localStorage, else a first-party cookie (ids only, never the queue).

/** A random (version 4) UUID; crypto.getRandomValues works outside secure contexts, randomUUID does not. */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const PREFIX = 'recomengine.';
const COOKIE = 're_';

function cookie(name: string): string | null {
  try {
    const found = document.cookie.split('; ').find((c) => c.startsWith(COOKIE + name + '='));
    return found ? decodeURIComponent(found.slice(COOKIE.length + name.length + 1)) : null;
  } catch {
    return null;
  }
}

function setCookie(name: string, value: string, maxAge: number): void {
  try {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${COOKIE}${name}=${encodeURIComponent(value)}; Max-Age=${maxAge}; Path=/; SameSite=Lax${secure}`;
  } catch {
    // storage refused by the browser: the id lives for this page only
  }
}

export const store = {
  get(name: string): string | null {
    try {
      const value = localStorage.getItem(PREFIX + name);
      if (value !== null) return value;
    } catch {
      // blocked storage (privacy mode, sandboxed frame): fall back to the cookie
    }
    return cookie(name);
  },
  /** cookieToo: whether a cookie may stand in when localStorage is unavailable (small values only) */
  set(name: string, value: string, cookieToo: boolean): void {
    try {
      localStorage.setItem(PREFIX + name, value);
      return;
    } catch {
      // fall through
    }
    if (cookieToo) setCookie(name, value, 31_536_000);
  },
  remove(name: string): void {
    try {
      localStorage.removeItem(PREFIX + name);
    } catch {
      // nothing stored there
    }
    if (cookie(name) !== null) setCookie(name, '', 0);
  },
};

const SESSION_IDLE_MS = 30 * 60 * 1000;

/** A session id kept in sessionStorage, renewed after 30 minutes without activity. */
export function sessionId(persist: boolean, memory: { id?: string; at?: number }): string {
  const now = Date.now();
  if (persist && !memory.id) {
    try {
      const [id, at] = (sessionStorage.getItem(PREFIX + 's') ?? '').split('|');
      if (id) Object.assign(memory, { id, at: Number(at) });
    } catch {
      // no sessionStorage: memory only
    }
  }
  if (!memory.id || now - (memory.at ?? 0) > SESSION_IDLE_MS) memory.id = uuid();
  memory.at = now;
  if (persist) {
    try {
      sessionStorage.setItem(PREFIX + 's', memory.id + '|' + now);
    } catch {
      // memory only
    }
  }
  return memory.id;
}
