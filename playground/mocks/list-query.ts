import type { ListResponse } from './types';
import type { FieldErrors } from './validation';

type SortValue = string | number | null;

export interface ListSpec<T> {
  /** Query parameters that filter the list. A comma-separated value matches any of its parts. */
  filters: Record<string, { values?: readonly string[]; matches: (item: T, value: string) => boolean }>;
  /** Fields accepted by `?sort=field` (ascending) or `?sort=-field` (descending). */
  sortFields: Record<string, (item: T) => SortValue>;
  defaultSort: string;
  /** The text that `?q=` searches, case-insensitively. */
  searchText?: (item: T) => string;
}

export interface ListQuery {
  filters: Array<{ name: string; values: string[] }>;
  q: string | null;
  sort: string;
  limit: number;
  after: { value: SortValue; id: string } | null;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** Reads `?cursor=&limit=&sort=&q=` and the filters; unknown parameters are errors, to catch typos. */
export function parseListQuery<T>(params: URLSearchParams, spec: ListSpec<T>): { ok: true; query: ListQuery } | { ok: false; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const query: ListQuery = { filters: [], q: null, sort: spec.defaultSort, limit: DEFAULT_LIMIT, after: null };

  for (const [name, raw] of params) {
    if (name === 'limit') {
      const limit = Number(raw);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) fieldErrors.limit = `must be an integer from 1 to ${MAX_LIMIT}`;
      else query.limit = limit;
    } else if (name === 'sort') {
      const field = raw.replace(/^-/, '');
      if (field in spec.sortFields) query.sort = raw;
      else fieldErrors.sort = `must be one of: ${Object.keys(spec.sortFields).join(', ')} (prefix with - for descending)`;
    } else if (name === 'q' && spec.searchText) {
      query.q = raw.trim().toLowerCase() || null;
    } else if (name === 'cursor') {
      // Read below, once the sort is known.
    } else if (name in spec.filters) {
      const allowed = spec.filters[name]!.values;
      const values = raw.split(',').map((value) => value.trim()).filter(Boolean);
      const bad = allowed ? values.filter((value) => !allowed.includes(value)) : [];
      if (values.length === 0) fieldErrors[name] = 'cannot be empty';
      else if (bad.length > 0) fieldErrors[name] = `must be one of: ${allowed!.join(', ')} (got ${bad.join(', ')})`;
      else query.filters.push({ name, values });
    } else {
      const known = ['cursor', 'limit', 'sort', ...(spec.searchText ? ['q'] : []), ...Object.keys(spec.filters)];
      fieldErrors[name] = `is not a query parameter of this list; use ${known.join(', ')}`;
    }
  }

  const cursor = params.get('cursor');
  if (cursor) {
    const decoded = decodeCursor(cursor);
    if (!decoded) fieldErrors.cursor = 'is not a cursor returned by this API';
    else if (decoded.sort !== query.sort) fieldErrors.cursor = `was made for sort=${decoded.sort}; keep the same sort while paging`;
    else query.after = { value: decoded.value, id: decoded.id };
  }

  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, query };
}

/**
 * Filters, sorts and cuts one page. The cursor remembers the last item's sort value
 * and id (keyset pagination), so pages stay stable while items are added or removed.
 */
export function runListQuery<T extends { id: string }>(items: T[], query: ListQuery, spec: ListSpec<T>): ListResponse<T> {
  const matching = items.filter(
    (item) =>
      query.filters.every(({ name, values }) => values.some((value) => spec.filters[name]!.matches(item, value))) &&
      (query.q === null || spec.searchText!(item).toLowerCase().includes(query.q)),
  );

  const descending = query.sort.startsWith('-');
  const sortValue = spec.sortFields[query.sort.replace(/^-/, '')]!;
  const order = (a: { value: SortValue; id: string }, b: { value: SortValue; id: string }) =>
    compareValues(a.value, b.value, descending) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const keyed = matching.map((item) => ({ item, value: sortValue(item), id: item.id })).sort(order);

  const after = query.after;
  const rest = after ? keyed.filter((entry) => order(entry, after) > 0) : keyed;
  const page = rest.slice(0, query.limit);
  const last = page[page.length - 1];

  return {
    items: page.map((entry) => entry.item),
    nextCursor: rest.length > page.length && last ? encodeCursor({ sort: query.sort, value: last.value, id: last.id }) : null,
    total: matching.length,
  };
}

/** Nulls sort last in both directions. */
function compareValues(a: SortValue, b: SortValue, descending: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const result = a < b ? -1 : 1;
  return descending ? -result : result;
}

interface Cursor {
  sort: string;
  value: SortValue;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify([cursor.sort, cursor.value, cursor.id]));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(text: string): Cursor | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [sort, value, id] = parsed;
    if (typeof sort !== 'string' || typeof id !== 'string') return null;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') return null;
    return { sort, value, id };
  } catch {
    return null;
  }
}
