/** Text helpers for the panel: times, durations, shares, paths and one-line value previews. */
import type { StorageWriter } from '../../../playground/protocol/events.ts';
import type { Serialized } from '../../../playground/protocol/serialize.ts';

/** `+1.234 s` relative to the session start. */
export function formatRelative(ms: number): string {
  return `+${(Math.max(0, ms) / 1000).toFixed(3)} s`;
}

/** `0.42 ms`, `12 ms`, `1.5 s`. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `37%`, or `—` when there is nothing to divide. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A diff path as a reader writes it: `api.queries["getTasks(\"all\")"].data[3].status`. */
export function formatPath(path: readonly string[]): string {
  if (path.length === 0) return '(whole value)';
  let out = '';
  for (const segment of path) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

type SerializedRecord = { [key: string]: Serialized };

const isRecord = (x: Serialized): x is SerializedRecord => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A special value (`$type`) or truncation marker (`$truncated`) as short text, else undefined. */
export function describeSpecial(value: Serialized): string | undefined {
  if (!isRecord(value)) return undefined;
  if (value.$truncated === true) {
    const size = typeof value.size === 'number' ? value.size : undefined;
    if (value.kind === 'string' && typeof value.preview === 'string') return `${JSON.stringify(value.preview.slice(0, 40))}… (${size ?? '?'} chars)`;
    const why = value.reason === 'depth' ? 'too deep' : value.reason === 'budget' ? 'too much' : 'too large';
    return `${String(value.kind)}${size === undefined ? '' : ` of ${size}`} (${why} to show)`;
  }
  switch (value.$type) {
    case 'undefined':
      return 'undefined';
    case 'number':
    case 'bigint':
      return `${String(value.value)}${value.$type === 'bigint' ? 'n' : ''}`;
    case 'symbol':
      return `Symbol(${String(value.description)})`;
    case 'function':
      return `ƒ ${String(value.name)}()`;
    case 'date':
      return `Date ${String(value.iso)}`;
    case 'regexp':
      return `/${String(value.source)}/${String(value.flags)}`;
    case 'error':
      return `${String(value.name)}: ${String(value.message)}`;
    case 'map':
      return `Map(${String(value.size)})`;
    case 'set':
      return `Set(${String(value.size)})`;
    case 'circular':
      return `[circular → ${String(value.path)}]`;
    case 'instance':
      return `${String(value.className)} {…}`;
    case 'promise':
      return 'Promise';
    case 'binary':
      return `${String(value.className)}(${String(value.byteLength)} bytes)`;
    case 'dom':
      return `<${String(value.name)}>`;
    case 'react-element':
      return `<${String(value.name)} />`;
    case 'unreadable':
      return `unreadable (${String(value.message)})`;
    default:
      return undefined;
  }
}

/** One line, at most `max` characters: `{ id: "task_001", status: "done", … }`. */
export function previewValue(value: Serialized | undefined, max = 80): string {
  const text = value === undefined ? 'undefined' : previewInner(value, 0);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function previewInner(value: Serialized, depth: number): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? JSON.stringify(value) : String(value);
  const special = describeSpecial(value);
  if (special !== undefined) return special;
  if (Array.isArray(value)) {
    if (depth > 1) return `[${value.length}]`;
    return `[${value.slice(0, 5).map((v) => previewInner(v, depth + 1)).join(', ')}${value.length > 5 ? ', …' : ''}]`;
  }
  const record = value.$type === 'object' && isRecord(value.value as Serialized) ? (value.value as SerializedRecord) : value;
  const keys = Object.keys(record);
  if (depth > 1) return keys.length ? '{…}' : '{}';
  const parts = keys.slice(0, 4).map((key) => `${key}: ${previewInner(record[key]!, depth + 1)}`);
  if (keys.length > 4) parts.push('…');
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

/** Who wrote to storage, for a row: `Zustand persist`, `TanStack Query persister via idb-keyval`, `your code (preferences.ts:40)`. */
export function formatWriter(writer: StorageWriter): string {
  return `${writer.name}${writer.via ? ` via ${writer.via}` : ''}${writer.at ? ` (${writer.at})` : ''}`;
}
