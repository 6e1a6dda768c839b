// The dashboard's one shared island: theme toggle, auto-submitting selects, copy buttons, confirm-free niceties.
// Every page works without it; it only saves round trips.
const root = document.documentElement;
root.classList.add('js');

function currentTheme(): 'light' | 'dark' {
  const chosen = root.getAttribute('data-theme');
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function setTheme(theme: 'light' | 'dark'): void {
  root.setAttribute('data-theme', theme);
  document.cookie = `re_theme=${theme}; path=/; max-age=31536000; samesite=lax`;
  const next = theme === 'dark' ? 'light' : 'dark';
  document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]').forEach((button) => {
    button.setAttribute('aria-label', `Switch to ${next} theme`);
    const input = button.form?.querySelector<HTMLInputElement>('input[name=theme]');
    if (input) input.value = next;
  });
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const toggle = target?.closest('[data-theme-toggle]');
  if (toggle) {
    event.preventDefault();
    setTheme(currentTheme() === 'dark' ? 'light' : 'dark');
    return;
  }
  const copy = target?.closest<HTMLElement>('[data-copy]');
  if (copy) {
    event.preventDefault();
    const source = document.getElementById(copy.dataset.copy ?? '');
    void copyText(source?.textContent ?? '', copy);
  }
});

async function copyText(text: string, button: HTMLElement): Promise<void> {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text.trim());
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select and copy';
  }
  button.classList.add('copy-done');
  setTimeout(() => { button.textContent = label; button.classList.remove('copy-done'); }, 2000);
}

document.addEventListener('change', (event) => {
  const select = (event.target as Element | null)?.closest('select');
  const form = select?.closest<HTMLFormElement>('form[data-autosubmit]');
  if (form) form.requestSubmit();
});

// Placeholders of the real SDK preview: say so when the SDK hid the widget (no data yet, or the API refused).
document.querySelectorAll<HTMLElement>('[data-preview-status]').forEach((status) => {
  const host = document.getElementById(status.dataset.previewStatus ?? '');
  if (!host) return;
  const started = Date.now();
  const timer = setInterval(() => {
    // the SDK marks the placement: loading (skeleton) → drawn, empty (nothing to show) or hidden
    const state = host.getAttribute('data-recomengine-state');
    if (state === 'drawn') {
      status.textContent = `Drawn by the SDK: ${(host.shadowRoot ?? host).querySelectorAll('.re-card').length} cards.`;
      status.dataset.state = 'drawn';
      clearInterval(timer);
    } else if (state === 'empty' || state === 'hidden' || Date.now() - started > 6000) {
      status.textContent = status.dataset.emptyText ?? 'Nothing to show yet.';
      status.dataset.state = 'empty';
      clearInterval(timer);
    }
  }, 150);
});

// On phones the section navigation is one scrolling row: bring the current section into view.
document.querySelector<HTMLElement>('.side [aria-current=page]')?.scrollIntoView({ block: 'nearest', inline: 'center' });

// Colour pickers beside the widget theme's text fields (the text field is what the form posts).
document.querySelectorAll<HTMLInputElement>('input[type=color][data-colour-for]').forEach((picker) => {
  const field = document.getElementById(picker.dataset.colourFor ?? '') as HTMLInputElement | null;
  if (!field) return;
  const sync = () => {
    const value = field.value.trim();
    if (/^#[0-9a-f]{6}$/i.test(value)) picker.value = value;
    else if (/^#[0-9a-f]{3}$/i.test(value)) picker.value = '#' + [...value.slice(1)].map((c) => c + c).join('');
  };
  sync();
  field.addEventListener('input', sync);
  picker.addEventListener('input', () => { field.value = picker.value; });
});

// Narrow screens stack table rows (app.css): each cell names its column, taken from the table's header.
function labelCells(table: HTMLTableElement): void {
  const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim() ?? '');
  table.querySelectorAll('tbody tr').forEach((row) => {
    Array.from(row.children).forEach((cell, i) => {
      if (!cell.hasAttribute('data-label') && headers[i]) cell.setAttribute('data-label', headers[i]);
    });
  });
}
document.querySelectorAll<HTMLTableElement>('.table-wrap table').forEach(labelCells);

// The tenant tab bar scrolls sideways on narrow screens: bring the current section into view.
document.querySelector('.side a[aria-current=page]')?.scrollIntoView({ block: 'nearest', inline: 'center' });
