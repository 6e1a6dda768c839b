// Rules pages: the form checks its condition as it is typed (the server's type check, with the position of the first
// error) and shows only the fields of the chosen action; the preview redraws in place. Without this script the
// form still works (every field shown, the condition checked when saved) and the preview is a plain GET form.
interface ConditionCheck { valid: boolean; message: string | null; line: number; column: number }

const form = document.querySelector<HTMLFormElement>('#rule-form');
if (form) {
  showActionFields(form);
  checkConditionAsTyped(form);
}
const previewForm = document.querySelector<HTMLFormElement>('form[data-rules-preview]');
if (previewForm) redrawPreviewInPlace(previewForm);

function showActionFields(rules: HTMLFormElement): void {
  const groups = rules.querySelectorAll<HTMLElement>('[data-for-actions]');
  const sync = () => {
    const action = rules.querySelector<HTMLInputElement>('input[name=action]:checked')?.value ?? '';
    groups.forEach((group) => {
      const shown = (group.dataset.forActions ?? '').split(' ').includes(action);
      // a field the server refused stays visible, so that its message is read
      group.hidden = !shown && !group.querySelector('.invalid');
    });
  };
  rules.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement | null)?.name === 'action') sync();
  });
  sync();
}

function checkConditionAsTyped(rules: HTMLFormElement): void {
  const input = rules.querySelector<HTMLTextAreaElement>('#condition');
  const status = rules.querySelector<HTMLElement>('[data-condition-check]');
  const url = rules.dataset.checkUrl;
  const csrf = rules.querySelector<HTMLInputElement>('input[name=_csrf]')?.value;
  if (!input || !status || !url || !csrf) return;
  let timer: number | undefined;
  let asked = 0;
  const check = async () => {
    const condition = input.value;
    const ticket = ++asked;
    if (condition.trim() === '') {
      show(status, input, { valid: true, message: null, line: 0, column: 0 }, 'Empty: the rule applies to every item.');
      return;
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ condition, _csrf: csrf }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const result = (await response.json()) as ConditionCheck;
      if (ticket === asked) show(status, input, result, 'Valid condition.');
    } catch {
      if (ticket === asked) {
        status.className = 'condition-check';
        status.textContent = 'Could not check the condition now; it is checked again when saved.';
      }
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void check(), 300);
  });
  if (input.value.trim() !== '' && !input.closest('.invalid')) void check();
}

/** The verdict under the condition; an error also quotes its line with a caret under the column it names. */
function show(status: HTMLElement, input: HTMLTextAreaElement, result: ConditionCheck, validText: string): void {
  status.replaceChildren();
  input.closest('.field')?.querySelector('#condition-error')?.remove();
  if (result.valid) {
    status.className = 'condition-check valid';
    status.textContent = validText;
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'condition-check condition-hint');
    return;
  }
  status.className = 'condition-check invalid';
  const message = document.createElement('p');
  message.className = 'error';
  message.textContent = result.message ?? 'This condition does not type-check.';
  status.append(message);
  const line = input.value.split('\n')[result.line - 1];
  if (result.line > 0 && line !== undefined) {
    const where = document.createElement('pre');
    where.setAttribute('aria-hidden', 'true');
    where.textContent = `${line}\n${' '.repeat(Math.max(0, result.column - 1))}^`;
    status.append(where);
  }
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', 'condition-check condition-hint');
}

function redrawPreviewInPlace(preview: HTMLFormElement): void {
  const target = document.getElementById(preview.dataset.rulesPreview ?? '');
  if (!target) return;
  let timer: number | undefined;
  let asked = 0;
  const redraw = async () => {
    const url = new URL(preview.action);
    new FormData(preview).forEach((value, key) => url.searchParams.set(key, String(value)));
    const ticket = ++asked;
    target.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById(target.id);
      // only the answer to the latest question is drawn
      if (ticket !== asked) return;
      if (fresh) target.replaceChildren(...Array.from(fresh.childNodes));
      history.replaceState(null, '', `${url.pathname}${url.search}#preview`);
    } catch {
      if (ticket === asked) preview.submit();
    } finally {
      if (ticket === asked) target.removeAttribute('aria-busy');
    }
  };
  preview.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void redraw();
  });
  preview.addEventListener('change', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void redraw(), 150);
  });
}
