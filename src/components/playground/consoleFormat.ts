/**
 * A console call's arguments as one line of text, formatted as browsers do: a first string
 * argument's `%s %d %i %f %o %O %c %%` take the following arguments in turn (WHATWG Console
 * "Formatter"), and what is left over is appended, separated by spaces.
 *
 * The arguments arrive encoded by the runtime (playground/runtime/consoleCapture.ts, Sandpack's
 * console-feed `@t` tags); `previewValue` reads them back as the short text a browser's console
 * shows inline.
 */

/** A run of text; `style` holds the CSS of a `%c` that applies to it. */
export interface ConsolePart {
  text: string;
  style?: string;
}

type Tagged = { '@t': string; data: unknown };

function isTagged(value: unknown): value is Tagged {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Tagged)['@t'] === 'string';
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "\\'")}'`;
}

/** What the console shows inline for a value; strings are quoted inside objects, not at the top. */
export function previewValue(value: unknown, nested = false): string {
  if (typeof value === 'string') return nested ? quote(value) : value;
  if (value === null || typeof value !== 'object') return String(value);
  if (isTagged(value)) {
    const data = value.data as Record<string, unknown> & unknown[];
    switch (value['@t']) {
      case '[[undefined]]':
        return 'undefined';
      case '[[NaN]]':
        return 'NaN';
      case 'Function':
        return `ƒ ${String(data.name)}()`;
      case '[[Error]]':
        return nested ? `${String(data.name)}: ${String(data.message)}` : String(data.stack ?? `${String(data.name)}: ${String(data.message)}`);
      case '[[Date]]':
        return new Date(Number(value.data)).toISOString();
      case '[[RegExp]]':
        return `/${String(data.src)}/${String(data.flags)}`;
      case '[[Map]]': {
        const pairs: string[] = [];
        for (let i = 0; i + 1 < data.length; i += 2) pairs.push(`${previewValue(data[i], true)} => ${previewValue(data[i + 1], true)}`);
        return `Map(${pairs.length}) {${pairs.join(', ')}}`;
      }
      case '[[Set]]':
        return `Set(${data.length}) {${data.map((item) => previewValue(item, true)).join(', ')}}`;
      default:
        return String(value['@t']);
    }
  }
  if (Array.isArray(value)) return `[${value.map((item) => previewValue(item, true)).join(', ')}]`;
  const entries = Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)}: ${previewValue(item, true)}`);
  return `{${entries.join(', ')}}`;
}

/** The number a `%d`/`%i`/`%f` shows for an argument (parseInt/parseFloat of its text, as the spec says). */
function numberOf(value: unknown, parse: (text: string) => number): string {
  if (typeof value === 'number') return String(parse(String(value)));
  if (typeof value === 'string') return String(parse(value));
  if (isTagged(value) && value['@t'] === '[[Date]]') return String(parse(String(value.data)));
  return 'NaN';
}

const SPECIFIER = /%([sdifoOc%])/g;

/** Formats one console call's (encoded) arguments into text runs, `%c` styles kept apart. */
export function formatConsoleArgs(args: readonly unknown[]): ConsolePart[] {
  if (args.length === 0) return [];
  const [first, ...rest] = args;
  const parts: ConsolePart[] = [];
  let style: string | undefined;
  let text = '';
  const push = () => {
    if (text) parts.push(style ? { text, style } : { text });
    text = '';
  };
  let remaining: readonly unknown[] = rest;
  if (typeof first === 'string') {
    let last = 0;
    for (const match of first.matchAll(SPECIFIER)) {
      text += first.slice(last, match.index);
      last = match.index + match[0].length;
      const kind = match[1]!;
      if (kind === '%') {
        text += '%';
        continue;
      }
      if (remaining.length === 0) {
        text += match[0];
        continue;
      }
      const [arg, ...others] = remaining;
      remaining = others;
      if (kind === 's') text += previewValue(arg);
      else if (kind === 'd' || kind === 'i') text += numberOf(arg, (t) => Number.parseInt(t, 10));
      else if (kind === 'f') text += numberOf(arg, Number.parseFloat);
      else if (kind === 'o' || kind === 'O') text += previewValue(arg, typeof arg === 'string');
      else {
        push();
        style = typeof arg === 'string' && arg.trim() ? arg : undefined;
      }
    }
    text += first.slice(last);
  } else {
    remaining = args;
  }
  push();
  const tail = remaining.map((arg) => previewValue(arg)).join(' ');
  if (tail) parts.push({ text: parts.length ? ` ${tail}` : tail });
  return parts;
}

/** The CSS properties a `%c` may set (as browsers allow: no layout, no URLs), as a React style object. */
const ALLOWED_STYLE = new Set([
  'color',
  'background',
  'background-color',
  'font-weight',
  'font-style',
  'font-size',
  'font-family',
  'text-decoration',
  'padding',
  'margin',
  'border',
  'border-radius',
]);

export function styleOf(css: string | undefined): Record<string, string> | undefined {
  if (!css) return undefined;
  const style: Record<string, string> = {};
  for (const declaration of css.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!ALLOWED_STYLE.has(property) || !value || /url\s*\(/i.test(value)) continue;
    style[property.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return Object.keys(style).length ? style : undefined;
}
