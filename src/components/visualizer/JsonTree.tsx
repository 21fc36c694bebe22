import type { Serialized } from '../../../playground/protocol/serialize.ts';
import { describeSpecial, previewValue } from './format.ts';

type Entries = [string, Serialized][];

function childrenOf(value: Serialized): Entries | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return value.map((v, i) => [String(i), v]);
  const special = value.$type;
  if (special === 'object' && value.value && typeof value.value === 'object') return Object.entries(value.value as Record<string, Serialized>);
  if (special === 'map' && Array.isArray(value.entries)) {
    return (value.entries as Serialized[]).map((pair, i) => {
      const [k, v] = Array.isArray(pair) ? pair : [String(i), pair];
      return [typeof k === 'string' ? k : previewValue(k, 30), v ?? null];
    });
  }
  if (special === 'set' && Array.isArray(value.values)) return (value.values as Serialized[]).map((v, i) => [String(i), v]);
  if (special === 'instance' && value.value !== undefined) return childrenOf(value.value);
  if (value.$truncated === true && value.preview !== undefined) return childrenOf(value.preview);
  if (special !== undefined) return undefined;
  return Object.entries(value);
}

function Leaf({ value }: { value: Serialized }) {
  if (value === null) return <span className="json__null">null</span>;
  if (typeof value === 'string') return <span className="json__string">{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className="json__number">{value}</span>;
  if (typeof value === 'boolean') return <span className="json__boolean">{String(value)}</span>;
  return <span className="json__special">{describeSpecial(value) ?? previewValue(value)}</span>;
}

function Node({ name, value, depth }: { name?: string; value: Serialized; depth: number }) {
  const children = childrenOf(value);
  const label = name === undefined ? null : <span className="json__key">{name}: </span>;
  if (!children) {
    return (
      <div className="json__row">
        {label}
        <Leaf value={value} />
      </div>
    );
  }
  const special = typeof value === 'object' && value !== null && !Array.isArray(value) ? describeSpecial(value) : undefined;
  const summary = special ?? (Array.isArray(value) ? `Array(${value.length})` : `{${children.length} ${children.length === 1 ? 'key' : 'keys'}}`);
  return (
    <details className="json__node" open={depth < 2}>
      <summary>
        {label}
        <span className="json__summary">{summary}</span>
      </summary>
      <div className="json__children">
        {children.map(([key, child]) => (
          <Node key={key} name={key} value={child} depth={depth + 1} />
        ))}
      </div>
    </details>
  );
}

/** A serialized value as a collapsible tree (the first two levels open). */
export default function JsonTree({ value }: { value: Serialized }) {
  return (
    <div className="json">
      <Node value={value} depth={0} />
    </div>
  );
}
