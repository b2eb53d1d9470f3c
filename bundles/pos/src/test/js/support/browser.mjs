// The little of a browser the kit touches, for node: localStorage, and a DOM small enough to read back what the
// kit built (elements, attributes, text, events). What needs a real browser (layout, focus, dialogs as shown,
// the screens) is what tests/browser drives in Chromium.

class Storage {
  #items = new Map();
  getItem(key) { return this.#items.has(key) ? this.#items.get(key) : null; }
  setItem(key, value) { this.#items.set(key, String(value)); }
  removeItem(key) { this.#items.delete(key); }
  clear() { this.#items.clear(); }
}

export class Node {
  parentNode = null;
  remove() {
    if (this.parentNode) this.parentNode.childNodes = this.parentNode.childNodes.filter((c) => c !== this);
    this.parentNode = null;
  }
}

class Text extends Node {
  constructor(text) { super(); this.textContent = text; }
}

class Element extends Node {
  childNodes = [];
  attributes = new Map();
  dataset = {};
  listeners = {};
  constructor(tag) { super(); this.tagName = tag.toUpperCase(); }
  get children() { return this.childNodes.filter((c) => c instanceof Element); }
  get className() { return this.getAttribute('class') ?? ''; }
  set className(v) { this.setAttribute('class', v); }
  get id() { return this.getAttribute('id') ?? ''; }
  get textContent() { return this.childNodes.map((c) => c.textContent).join(''); }
  set textContent(v) { this.replaceChildren(String(v)); }
  setAttribute(name, value) {
    this.attributes.set(name, String(value));
    if (name.startsWith('data-')) this.dataset[camel(name.slice(5))] = String(value);
  }
  getAttribute(name) { return this.attributes.has(name) ? this.attributes.get(name) : null; }
  hasAttribute(name) { return this.attributes.has(name); }
  append(...nodes) {
    for (const n of nodes) {
      const node = n instanceof Node ? n : new Text(String(n));
      node.remove();
      node.parentNode = this;
      this.childNodes.push(node);
    }
  }
  replaceChildren(...nodes) {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes = [];
    this.append(...nodes);
  }
  addEventListener(type, f) { (this.listeners[type] ??= []).push(f); }
  dispatchEvent(event) {
    event.target ??= this;
    for (const f of this.listeners[event.type] || []) f(event);
    return !event.defaultPrevented;
  }
  click() { this.dispatchEvent(new FakeEvent('click')); }
  focus() { globalThis.document.activeElement = this; }
  blur() { if (globalThis.document.activeElement === this) globalThis.document.activeElement = null; }
  select() {}
  showModal() { this.open = true; }
  close() { if (!this.open) return; this.open = false; this.dispatchEvent(new FakeEvent('close')); }
  /** Every descendant, depth first. */
  *all() {
    for (const c of this.children) { yield c; yield* c.all(); }
  }
  /** Only the selectors the kit and these tests use: #id, tag, .class and [attribute]. */
  querySelectorAll(selector) {
    const m = /^(?:#([\w-]+)|\.([\w-]+)|\[([\w-]+)\]|([a-z0-9]+))$/.exec(selector);
    if (!m) throw new Error(`selector not supported here: ${selector}`);
    const [, id, cls, attr, tag] = m;
    return [...this.all()].filter((e) => (id ? e.id === id : cls ? e.className.split(' ').includes(cls)
      : attr ? e.hasAttribute(attr) || (attr.startsWith('data-') && camel(attr.slice(5)) in e.dataset)
        : e.tagName === tag.toUpperCase()));
  }
  querySelector(selector) { return this.querySelectorAll(selector)[0] ?? null; }
}

const camel = (s) => s.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** What the kit's listeners use of an event. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(type) { this.type = type; }
  preventDefault() { this.defaultPrevented = true; }
}

/** A fresh page: empty body, empty storage, French. */
export function resetBrowser() {
  const html = new Element('html');
  const body = new Element('body');
  html.append(body);
  globalThis.document = {
    documentElement: html,
    body,
    activeElement: null,
    createElement: (tag) => new Element(tag),
    getElementById: (id) => html.querySelector(`#${id}`),
    querySelectorAll: (s) => html.querySelectorAll(s),
  };
  globalThis.localStorage = new Storage();
}

globalThis.Node = Node;
resetBrowser();
