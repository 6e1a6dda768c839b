// Live events page: follows the tenant's server-sent event stream. The browser's EventSource reconnects by itself
// and sends the last event id it saw, so the server replays what was missed; counts come whole every few seconds.
interface Item {
  seq: number; type: string; userId: string; productId: string | null; placementId: string | null;
  strategy: string | null; timestamp: string; storedAt: string;
}
interface Counts { today: Record<string, number>; total: number; revenueCents: number }

const MAX_ROWS = 100;
const main = document.querySelector<HTMLElement>('[data-live]');
if (main && 'EventSource' in window) {
  const feed = main.querySelector<HTMLTableSectionElement>('[data-feed]')!;
  const state = main.querySelector<HTMLElement>('[data-live-state]')!;
  const dot = main.querySelector<HTMLElement>('.live-dot');
  const numbers = new Intl.NumberFormat();
  const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const seen = new Set<number>();
  let received = 0;

  const cell = (text: string | null, code = false): HTMLTableCellElement => {
    const td = document.createElement('td');
    if (code && text) {
      const c = document.createElement('code');
      c.textContent = text;
      td.append(c);
    } else {
      td.textContent = text ?? '—';
    }
    return td;
  };

  const show = (item: Item): void => {
    if (seen.has(item.seq)) return;
    seen.add(item.seq);
    feed.querySelector('.placeholder')?.remove();
    const row = document.createElement('tr');
    row.className = 'fresh';
    const when = cell(time.format(new Date(item.timestamp)));
    when.title = item.timestamp;
    const type = document.createElement('td');
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = item.type.replace(/_/g, ' ');
    type.append(badge);
    row.append(when, type, cell(item.userId, true), cell(item.productId, true), cell(item.placementId));
    feed.prepend(row);
    while (feed.rows.length > MAX_ROWS) feed.rows[feed.rows.length - 1].remove();
    received += 1;
    const since = main.querySelector<HTMLElement>('[data-live-since]');
    if (since) since.textContent = `(${numbers.format(received)} since this page opened)`;
  };

  const count = (counts: Counts): void => {
    const set = (key: string, text: string) => {
      const el = main.querySelector<HTMLElement>(`[data-count="${key}"]`);
      if (el && el.textContent !== text) el.textContent = text;
    };
    set('total', numbers.format(counts.total));
    Object.entries(counts.today).forEach(([type, n]) => set(type, numbers.format(n)));
    set('revenue', money.format(counts.revenueCents / 100));
  };

  const source = new EventSource(main.dataset.stream!, { withCredentials: true });
  source.addEventListener('open', () => { state.textContent = 'Live'; dot?.classList.add('on'); });
  source.addEventListener('error', () => {
    state.textContent = source.readyState === EventSource.CLOSED ? 'Disconnected: reload the page' : 'Reconnecting…';
    dot?.classList.remove('on');
  });
  source.addEventListener('interaction', (e) => show(JSON.parse((e as MessageEvent<string>).data) as Item));
  source.addEventListener('counts', (e) => count(JSON.parse((e as MessageEvent<string>).data) as Counts));
  addEventListener('pagehide', () => source.close());
}
