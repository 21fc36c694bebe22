/**
 * Operational transform for one plain-text field — a teaching model, small enough to read
 * in one sitting. Production editors use a library (ShareDB's ot-text, or a CRDT such as
 * Yjs) that also handles rich text, undo and cursors.
 *
 * An operation walks the whole text once: a positive number keeps that many characters, a
 * string inserts it, a negative number deletes that many. Typing "!" at the end of "Hello"
 * is [5, '!']; deleting the "H" is [-1, 4].
 */
export type TextOp = (number | string)[];

/** Appends a component, merging it with the last one when they are of the same kind. */
function push(op: TextOp, component: number | string): void {
  if (component === 0 || component === '') return;
  const last = op.at(-1);
  if (typeof component === 'string' && typeof last === 'string') op[op.length - 1] = last + component;
  else if (typeof component === 'number' && typeof last === 'number' && Math.sign(last) === Math.sign(component)) op[op.length - 1] = last + component;
  else op.push(component);
}

export function apply(text: string, op: TextOp): string {
  let position = 0;
  let result = '';
  for (const component of op) {
    if (typeof component === 'string') result += component;
    else {
      if (component > 0) result += text.slice(position, position + component);
      position += Math.abs(component);
    }
  }
  if (position !== text.length) throw new Error(`The operation covers ${position} characters, the text has ${text.length}`);
  return result;
}

/**
 * Two operations made on the same text, concurrently: returns [a′, b′] such that applying
 * a then b′ gives the same text as applying b then a′. When both insert at the same place,
 * a's text goes first (both sides must agree on that, so the server's order decides who is a).
 */
export function transform(a: TextOp, b: TextOp): [TextOp, TextOp] {
  const aPrime: TextOp = [];
  const bPrime: TextOp = [];
  let i = 0;
  let j = 0;
  let ca = a[i++];
  let cb = b[j++];
  while (ca !== undefined || cb !== undefined) {
    if (typeof ca === 'string') {
      push(aPrime, ca);
      push(bPrime, ca.length); // b keeps what a inserted
      ca = a[i++];
    } else if (typeof cb === 'string') {
      push(aPrime, cb.length);
      push(bPrime, cb);
      cb = b[j++];
    } else if (ca === undefined || cb === undefined) {
      throw new Error('The operations were not made on the same text');
    } else {
      const length = Math.min(Math.abs(ca), Math.abs(cb));
      if (ca > 0 && cb > 0) {
        push(aPrime, length);
        push(bPrime, length);
      } else if (ca < 0 && cb > 0) {
        push(aPrime, -length); // a deletes what b kept
      } else if (ca > 0 && cb < 0) {
        push(bPrime, -length);
      } // both deleted it: nothing left to do for either
      ca = Math.abs(ca) === length ? a[i++] : Math.sign(ca) * (Math.abs(ca) - length);
      cb = Math.abs(cb) === length ? b[j++] : Math.sign(cb) * (Math.abs(cb) - length);
    }
  }
  return [aPrime, bPrime];
}

/** The operation that turns `before` into `after`, for a textarea's change: one replaced span. */
export function diff(before: string, after: string): TextOp {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const op: TextOp = [];
  push(op, start);
  push(op, -(before.length - start - end));
  push(op, after.slice(start, after.length - end));
  push(op, end);
  return op;
}
