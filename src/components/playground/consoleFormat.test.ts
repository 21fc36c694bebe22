import { describe, expect, it } from 'vitest';
import { encodeConsoleValue } from '../../../playground/runtime/consoleCapture.ts';
import { formatConsoleArgs, previewValue, styleOf } from './consoleFormat.ts';

/** Formats arguments as the runtime sends them (encoded), joined into the line a reader sees. */
const line = (...args: unknown[]) =>
  formatConsoleArgs(args.map((arg) => encodeConsoleValue(arg)))
    .map((part) => part.text)
    .join('');

describe('console message formatting', () => {
  it("substitutes %s, as React's own error report uses it", () => {
    expect(line('%s\n\n%s\n', 'The above error occurred in the <App> component.', 'React will try to recreate this component tree.')).toBe(
      'The above error occurred in the <App> component.\n\nReact will try to recreate this component tree.\n',
    );
  });

  it('turns %d and %i into integers and %f into a float, with NaN for what is not a number', () => {
    expect(line('%d items, %i left, %f%%', 4.7, '12px', '2.5')).toBe('4 items, 12 left, 2.5%');
    expect(line('%d', { a: 1 })).toBe('NaN');
  });

  it('shows objects for %o and %O, quoting strings inside them', () => {
    expect(line('state %o', { id: 1, title: 'Write', tags: ['a'] })).toBe("state {id: 1, title: 'Write', tags: ['a']}");
    expect(line('%O', new Map([['k', 2]]))).toBe("Map(1) {'k' => 2}");
    expect(line('%o', 'text')).toBe("'text'");
  });

  it('keeps the style of %c apart, for the text after it only', () => {
    const parts = formatConsoleArgs(['plain %cred%c back', 'color: red', '']);
    expect(parts).toEqual([{ text: 'plain ' }, { text: 'red', style: 'color: red' }, { text: ' back' }]);
  });

  it('appends the arguments no specifier took, and leaves a specifier without an argument as it is', () => {
    expect(line('%s and %s', 'one')).toBe('one and %s');
    expect(line('count', 3, { ok: true }, undefined, null)).toBe('count 3 {ok: true} undefined null');
  });

  it('does not read a first argument that is not a string as a format', () => {
    expect(line(5, '%s', 'x')).toBe('5 %s x');
  });

  it('shows errors with their stack at the top, and by name and message inside objects', () => {
    const error = new Error('boom');
    expect(line(error)).toBe(error.stack);
    expect(line({ error })).toBe('{error: Error: boom}');
    expect(previewValue(encodeConsoleValue(() => 1))).toBe('ƒ anonymous()');
  });

  it('lets %c set colours and fonts but not layout or URLs', () => {
    expect(styleOf('color: red; font-weight: bold; position: fixed; background: url(x)')).toEqual({ color: 'red', fontWeight: 'bold' });
    expect(styleOf('')).toBeUndefined();
  });
});
