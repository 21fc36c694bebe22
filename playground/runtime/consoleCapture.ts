/**
 * Forwards console calls in the sandbox to Sandpack's console panel, encoded the
 * way its console-feed decoder expects ("@t" type tags).
 */
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'table', 'clear'] as const;
const MAX_DEPTH = 4;
const MAX_KEYS = 100;

type Encoded = unknown;

export function encodeConsoleValue(value: unknown, depth = 0, seen = new WeakSet<object>()): Encoded {
  switch (typeof value) {
    case 'undefined':
      return { '@t': '[[undefined]]', data: '' };
    case 'number':
      return Number.isNaN(value) ? { '@t': '[[NaN]]', data: '' } : Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return { '@t': 'Function', data: { name: value.name || 'anonymous', body: '', proto: 'Function' } };
    case 'object': {
      if (value === null) return null;
      if (seen.has(value)) return '[Circular]';
      if (value instanceof Error) return { '@t': '[[Error]]', data: { name: value.name, message: value.message, stack: value.stack } };
      if (value instanceof Date) return { '@t': '[[Date]]', data: value.getTime() };
      if (value instanceof RegExp) return { '@t': '[[RegExp]]', data: { src: value.source, flags: value.flags } };
      if (typeof Element !== 'undefined' && value instanceof Element) return `<${value.tagName.toLowerCase()}>`;
      if (depth >= MAX_DEPTH) return Array.isArray(value) ? `Array(${value.length})` : '{…}';
      seen.add(value);
      if (value instanceof Map) {
        return { '@t': '[[Map]]', data: [...value].slice(0, MAX_KEYS).flatMap(([k, v]) => [encodeConsoleValue(k, depth + 1, seen), encodeConsoleValue(v, depth + 1, seen)]) };
      }
      if (value instanceof Set) return { '@t': '[[Set]]', data: [...value].slice(0, MAX_KEYS).map((v) => encodeConsoleValue(v, depth + 1, seen)) };
      if (Array.isArray(value)) return value.slice(0, MAX_KEYS).map((v) => encodeConsoleValue(v, depth + 1, seen));
      const out: Record<string, Encoded> = {};
      for (const key of Object.keys(value).slice(0, MAX_KEYS)) {
        out[key] = encodeConsoleValue((value as Record<string, unknown>)[key], depth + 1, seen);
      }
      return out;
    }
    default:
      return value;
  }
}

export function captureConsole(send: (log: { method: string; id: string; data: Encoded[] }[]) => void) {
  let buffer: { method: string; id: string; data: Encoded[] }[] = [];
  let scheduled = false;
  let counter = 0;
  const flush = () => {
    scheduled = false;
    const batch = buffer;
    buffer = [];
    send(batch);
  };
  const realSetTimeout = window.setTimeout.bind(window);
  for (const method of METHODS) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      original(...args);
      try {
        buffer.push({ method, id: `log-${++counter}`, data: args.map((a) => encodeConsoleValue(a)) });
      } catch {
        buffer.push({ method, id: `log-${++counter}`, data: ['(value could not be shown)'] });
      }
      if (!scheduled) {
        scheduled = true;
        realSetTimeout(flush, 0);
      }
    };
  }
}
