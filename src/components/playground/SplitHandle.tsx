import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export const SPLIT_MIN = 20;
export const SPLIT_MAX = 80;
const KEY_STEP = 5;

const clamp = (value: number) => Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(value)));

/**
 * The separator between the editor and the preview: drag it, or focus it and use the arrow
 * keys (Home and End for the limits). `value` is the editor's share of the width, in percent.
 */
export default function SplitHandle({ value, onChange, controls }: { value: number; onChange: (value: number) => void; controls: string }) {
  const dragging = useRef(false);
  const share = (event: PointerEvent<HTMLDivElement>) => {
    const row = event.currentTarget.parentElement!.getBoundingClientRect();
    return clamp(((event.clientX - row.left) / row.width) * 100);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    dragging.current = true;
    // The preview is an iframe: while dragging over it, it must not take the pointer.
    event.currentTarget.closest('[data-playground]')?.setAttribute('data-playground-dragging', '');
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) onChange(share(event));
  };
  const stop = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    event.currentTarget.closest('[data-playground]')?.removeAttribute('data-playground-dragging');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? value - KEY_STEP
        : event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? value + KEY_STEP
          : event.key === 'Home'
            ? SPLIT_MIN
            : event.key === 'End'
              ? SPLIT_MAX
              : null;
    if (next === null) return;
    event.preventDefault();
    onChange(clamp(next));
  };
  return (
    <div
      className="playground__split"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the editor and the preview"
      aria-controls={controls}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      aria-valuenow={value}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={stop}
      onPointerCancel={stop}
      onKeyDown={onKeyDown}
      data-playground-split
    />
  );
}
