/**
 * The smallest DOM react-dom/client needs to mount and update a few elements in Node (no jsdom
 * here): nodes with children, elements with attributes, text nodes, a document and a window.
 * Test support only — it stands in for the browser, not for any library.
 */
export class MiniNode {
  childNodes: MiniNode[] = [];
  parentNode: MiniNode | null = null;
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    public ownerDocument: MiniDocument | null,
  ) {}
  get firstChild(): MiniNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): MiniNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get nextSibling(): MiniNode | null {
    const parent = this.parentNode;
    return parent ? (parent.childNodes[parent.childNodes.indexOf(this) + 1] ?? null) : null;
  }
  appendChild(child: MiniNode): MiniNode {
    child.parentNode?.removeChild(child);
    this.childNodes.push(child);
    child.parentNode = this;
    return child;
  }
  insertBefore(child: MiniNode, ref: MiniNode | null): MiniNode {
    if (!ref) return this.appendChild(child);
    child.parentNode?.removeChild(child);
    this.childNodes.splice(this.childNodes.indexOf(ref), 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild(child: MiniNode): MiniNode {
    this.childNodes.splice(this.childNodes.indexOf(child), 1);
    child.parentNode = null;
    return child;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    this.childNodes = [];
    if (value && this.ownerDocument) this.appendChild(this.ownerDocument.createTextNode(value));
  }
  addEventListener(): void {}
  removeEventListener(): void {}
}

export class MiniText extends MiniNode {
  constructor(
    public data: string,
    doc: MiniDocument,
  ) {
    super(3, '#text', doc);
  }
  get nodeValue(): string {
    return this.data;
  }
  set nodeValue(value: string) {
    this.data = value;
  }
  override get textContent(): string {
    return this.data;
  }
  override set textContent(value: string) {
    this.data = value;
  }
}

export class MiniElement extends MiniNode {
  readonly attributes = new Map<string, string>();
  readonly style: Record<string, string> = {};
  readonly namespaceURI = 'http://www.w3.org/1999/xhtml';
  constructor(
    readonly tagName: string,
    doc: MiniDocument,
  ) {
    super(1, tagName.toUpperCase(), doc);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
}

export class MiniDocument extends MiniNode {
  readonly documentElement: MiniElement;
  readonly body: MiniElement;
  defaultView: unknown = null;
  constructor() {
    super(9, '#document', null);
    this.documentElement = new MiniElement('html', this);
    this.body = new MiniElement('body', this);
    this.appendChild(this.documentElement);
    this.documentElement.appendChild(this.body);
  }
  get activeElement(): MiniElement {
    return this.body;
  }
  createElement(tag: string): MiniElement {
    return new MiniElement(tag, this);
  }
  createElementNS(_ns: string, tag: string): MiniElement {
    return new MiniElement(tag, this);
  }
  createTextNode(text: string): MiniText {
    return new MiniText(text, this);
  }
  createComment(): MiniNode {
    return new MiniNode(8, '#comment', this);
  }
}

/** Put `window` and `document` on globalThis (before react-dom is imported). Returns the document. */
export function installMinimalDom(): MiniDocument {
  const document = new MiniDocument();
  class HTMLIFrameElement {}
  const window = {
    document,
    HTMLIFrameElement,
    addEventListener() {},
    removeEventListener() {},
    location: { href: 'http://localhost/' },
  };
  document.defaultView = window;
  Object.assign(globalThis, { window, document, HTMLIFrameElement, IS_REACT_ACT_ENVIRONMENT: true });
  return document;
}
