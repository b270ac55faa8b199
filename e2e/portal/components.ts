// Web components as a library of custom elements draws them (SAP's UI5 Web Components,
// Shoelace): the page's tree holds the custom element (the host) and the words it is given,
// as an attribute or as its children; the real <input>, the `role="radio"`, the `role="dialog"`
// live in its open shadow root. Form controls take part in their form (ElementInternals), as
// those libraries' do. Used by the unit tests (happy-dom) and by the replica's page script
// (`webComponents`), as the source of this one function: it must use nothing from outside.

/** Defines the elements in `win` (once): wc-title, wc-label, wc-button, wc-input, wc-radio, wc-select, wc-option, wc-li, wc-dialog. */
export function defineWebComponents(win: Window): void {
  const registry = win.customElements;
  if (!registry || registry.get('wc-title')) return;
  const Base = (win as unknown as typeof globalThis).HTMLElement;
  const Ev = (win as unknown as typeof globalThis).Event;
  const make = (tag: string, props: Record<string, unknown>, attrs: Record<string, string>) => {
    const el = win.document.createElement(tag);
    Object.assign(el, props);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };

  class Title extends Base {
    connectedCallback() {
      if (this.shadowRoot) return;
      const level = /^[1-6]$/.test(this.getAttribute('level') ?? '') ? this.getAttribute('level') : '2';
      const root = this.attachShadow({ mode: 'open' });
      const h = make(`h${level}`, {}, { part: 'title' });
      h.appendChild(make('slot', {}, {}));
      root.appendChild(h);
    }
  }

  class Label extends Base {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const span = make('span', {}, { part: 'label' });
      span.appendChild(make('slot', {}, {}));
      root.appendChild(span);
      this.addEventListener('click', () => {
        const target = this.getAttribute('for') ? win.document.getElementById(this.getAttribute('for') as string) : null;
        (target as HTMLElement | null)?.focus();
      });
    }
  }

  class Button extends Base {
    static formAssociated = true;
    // happy-dom has no ElementInternals: the tests read the components, not their form.
    internals = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const button = make('button', {}, { type: 'button', part: 'button' });
      const tooltip = this.getAttribute('tooltip');
      if (tooltip) {
        button.setAttribute('title', tooltip);
        button.setAttribute('aria-label', tooltip);
      }
      button.appendChild(make('slot', {}, {}));
      root.appendChild(button);
      // A submit button submits its form, as the library's own does (its `type` attribute).
      this.addEventListener('click', () => {
        if (this.hasAttribute('disabled')) return;
        if (this.getAttribute('type') === 'submit') (this.internals?.form ?? this.closest('form'))?.requestSubmit();
      });
    }
  }

  class Input extends Base {
    static formAssociated = true;
    // happy-dom has no ElementInternals: the tests read the components, not their form.
    internals = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
    inner: HTMLInputElement | null = null;
    connectedCallback() {
      if (this.shadowRoot) return;
      // A focus on the host goes to its input (Shoelace's fields do so).
      const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
      const input = make('input', {}, { part: 'input', type: 'text' }) as HTMLInputElement;
      input.value = this.getAttribute('value') ?? '';
      const placeholder = this.getAttribute('placeholder');
      if (placeholder) input.placeholder = placeholder;
      // Named as the library names it: by the label elements that point at the host.
      const labels = Array.from(win.document.querySelectorAll('wc-label[for], label[for]')).filter(
        (l) => l.getAttribute('for') === this.id,
      );
      const name =
        labels
          .map((l) => l.textContent ?? '')
          .join(' ')
          .trim() || this.getAttribute('accessible-name');
      if (name) input.setAttribute('aria-label', name);
      input.addEventListener('input', () => {
        this.internals?.setFormValue(input.value);
        this.dispatchEvent(new Ev('value-changed', { bubbles: true }));
      });
      input.addEventListener('change', () => this.dispatchEvent(new Ev('change', { bubbles: true })));
      this.inner = input;
      this.internals?.setFormValue(input.value);
      root.appendChild(input);
    }
    get value(): string {
      return this.inner?.value ?? this.getAttribute('value') ?? '';
    }
    get name(): string {
      return this.getAttribute('name') ?? '';
    }
    get type(): string {
      return 'text';
    }
    set value(v: string) {
      if (this.inner) this.inner.value = v;
      else this.setAttribute('value', v);
      this.internals?.setFormValue(v);
    }
    focus() {
      this.inner?.focus();
    }
  }

  class Radio extends Base {
    static formAssociated = true;
    // happy-dom has no ElementInternals: the tests read the components, not their form.
    internals = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
    root: HTMLElement | null = null;
    static observedAttributes = ['text', 'checked'];
    attributeChangedCallback() {
      this.show();
    }
    connectedCallback() {
      if (this.shadowRoot) return;
      const shadow = this.attachShadow({ mode: 'open' });
      const div = make('div', {}, { role: 'radio', part: 'root', tabindex: '0' });
      const input = make('input', {}, { type: 'radio', tabindex: '-1' });
      const text = make('span', {}, { part: 'text' });
      div.append(input, text);
      div.addEventListener('click', () => this.select());
      shadow.appendChild(div);
      this.root = div;
      this.show();
    }
    get checked(): boolean {
      return this.hasAttribute('checked');
    }
    set checked(on: boolean) {
      this.toggleAttribute('checked', on);
    }
    get value(): string {
      return this.getAttribute('value') ?? '';
    }
    get name(): string {
      return this.getAttribute('name') ?? '';
    }
    get type(): string {
      return 'radio';
    }
    show() {
      const text = this.root?.querySelector('span');
      if (text) text.textContent = this.getAttribute('text') ?? '';
      this.root?.setAttribute('aria-checked', String(this.checked));
      const input = this.root?.querySelector('input');
      if (input) (input as HTMLInputElement).checked = this.checked;
      this.internals?.setFormValue(this.checked ? this.value : null);
    }
    select() {
      if (this.checked || this.hasAttribute('disabled')) return;
      for (const other of Array.from(win.document.querySelectorAll('wc-radio'))) {
        if (other !== this && other.getAttribute('name') === this.name) (other as Radio).checked = false;
      }
      this.checked = true;
      this.dispatchEvent(new Ev('change', { bubbles: true }));
    }
  }

  class Dialog extends Base {
    connectedCallback() {
      if (this.shadowRoot) return;
      const shadow = this.attachShadow({ mode: 'open' });
      const style = make('style', {}, {});
      style.textContent =
        ':host{display:none}:host([open]){display:block;position:fixed;inset:0;z-index:1050;background:rgba(0,0,0,.4)}section{background:#fff;max-width:640px;margin:60px auto;padding:16px;max-height:80vh;overflow:auto}';
      const section = make('section', {}, { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'title', part: 'dialog' });
      const title = make('h2', {}, { id: 'title' });
      title.textContent = this.getAttribute('header-text') ?? '';
      const footer = make('footer', {}, {});
      footer.appendChild(make('slot', {}, { name: 'footer' }));
      section.append(title, make('slot', {}, {}), footer);
      shadow.append(style, section);
    }
  }

  /** An option of a wc-select: its words are its children, its `role="option"` in its shadow. */
  class Option extends Base {
    connectedCallback() {
      if (this.shadowRoot) return;
      const shadow = this.attachShadow({ mode: 'open' });
      const item = make('div', {}, { role: 'option', part: 'option' });
      item.appendChild(make('slot', {}, {}));
      item.addEventListener('click', () => (this.closest('wc-select') as Select | null)?.pick(this));
      shadow.appendChild(item);
    }
    get value(): string {
      return this.getAttribute('value') ?? '';
    }
  }

  /**
   * A select as UI5's and Shoelace's draw theirs: a `role="combobox"` that shows the choice, and
   * a list in its shadow, shown only while open, where its own options (wc-option) are slotted.
   */
  class Select extends Base {
    static formAssociated = true;
    internals = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
    box: HTMLElement | null = null;
    list: HTMLElement | null = null;
    connectedCallback() {
      if (this.shadowRoot) return;
      const shadow = this.attachShadow({ mode: 'open' });
      const style = make('style', {}, {});
      style.textContent =
        ':host{display:inline-block;position:relative;min-width:14em}[role=combobox]{border:1px solid #888;padding:4px 8px;cursor:pointer;min-height:1.4em}[role=listbox]{position:absolute;left:0;right:0;top:100%;z-index:20;background:#fff;border:1px solid #888;max-height:16em;overflow:auto}[role=listbox][hidden]{display:none}::slotted(wc-option){display:block;padding:3px 8px;cursor:pointer}';
      const box = make('div', {}, { role: 'combobox', tabindex: '0', 'aria-expanded': 'false', part: 'box' });
      const list = make('div', {}, { role: 'listbox', hidden: '' });
      list.appendChild(make('slot', {}, {}));
      box.addEventListener('click', () => this.toggle(list.hidden === true));
      shadow.append(style, box, list);
      this.box = box;
      this.list = list;
      const chosen = Array.from(this.querySelectorAll('wc-option')).find((o) => o.hasAttribute('selected'));
      this.show(chosen ?? null);
    }
    toggle(open: boolean) {
      if (!this.list || !this.box || this.hasAttribute('disabled')) return;
      this.list.hidden = !open;
      this.box.setAttribute('aria-expanded', String(open));
    }
    show(option: Element | null) {
      if (this.box) this.box.textContent = option?.textContent?.trim() || this.getAttribute('placeholder') || '';
      this.setAttribute('value', option?.getAttribute('value') ?? '');
      this.internals?.setFormValue(option?.getAttribute('value') ?? '');
    }
    pick(option: Element) {
      for (const o of Array.from(this.querySelectorAll('wc-option'))) o.toggleAttribute('selected', o === option);
      this.show(option);
      this.toggle(false);
      this.dispatchEvent(new Ev('change', { bubbles: true }));
    }
    get value(): string {
      return this.getAttribute('value') ?? '';
    }
    get name(): string {
      return this.getAttribute('name') ?? '';
    }
  }

  /** An item of a list (UI5's `ui5-li`): its title its children, its `description` drawn in its shadow. */
  class Item extends Base {
    static observedAttributes = ['description'];
    attributeChangedCallback() {
      const text = this.shadowRoot?.querySelector('span');
      if (text) text.textContent = this.getAttribute('description') ?? '';
    }
    connectedCallback() {
      if (this.shadowRoot) return;
      const shadow = this.attachShadow({ mode: 'open' });
      const li = make('li', {}, { role: 'listitem', part: 'item' });
      li.append(make('slot', {}, {}), make('span', {}, { part: 'description' }));
      shadow.appendChild(li);
      this.attributeChangedCallback();
    }
  }

  registry.define('wc-title', Title);
  registry.define('wc-li', Item);
  registry.define('wc-option', Option);
  registry.define('wc-select', Select);
  registry.define('wc-label', Label);
  registry.define('wc-button', Button);
  registry.define('wc-input', Input);
  registry.define('wc-radio', Radio);
  registry.define('wc-dialog', Dialog);
}
