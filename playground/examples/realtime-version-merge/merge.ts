/** What a field looked like when the edit began (base), after it (mine), and on the server now (theirs). */
export interface FieldConflict<T> {
  field: keyof T & string;
  base: T[keyof T];
  mine: T[keyof T];
  theirs: T[keyof T];
}

export interface MergeResult<T> {
  /** The changes to send on top of theirs: my edits to fields nobody else touched. */
  changes: Partial<T>;
  /** Fields both sides changed to different values: a person has to choose. */
  conflicts: FieldConflict<T>[];
  /** Fields only they changed: their values stay. */
  keptFromThem: (keyof T & string)[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge of one record. A field I changed goes through if they left it as it was;
 * if they changed it too, to something else, it is a conflict. Fields they changed and I didn't
 * keep their value. `ignore` lists bookkeeping fields (version, updatedAt) that always differ.
 */
export function threeWayMerge<T extends object>(base: T, mine: Partial<T>, theirs: T, ignore: readonly string[] = []): MergeResult<T> {
  const changes: Partial<T> = {};
  const conflicts: FieldConflict<T>[] = [];
  for (const field of Object.keys(mine) as (keyof T & string)[]) {
    if (same(mine[field], theirs[field])) continue; // they made the same change, or it is already there
    if (same(base[field], theirs[field])) changes[field] = mine[field];
    else conflicts.push({ field, base: base[field], mine: mine[field] as T[keyof T], theirs: theirs[field] });
  }
  const keptFromThem = (Object.keys(theirs) as (keyof T & string)[]).filter(
    (field) => !(field in mine) && !ignore.includes(field) && !same(base[field], theirs[field]),
  );
  return { changes, conflicts, keptFromThem };
}
