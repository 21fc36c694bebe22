import type { ReactNode } from 'react';

/**
 * A table's own scroll box: its cells keep their text on one line and the box scrolls sideways
 * when the panel is narrower (a phone, the visualizer docked beside), so no column is cut.
 * Focusable and labelled, so the scroll is reachable from the keyboard.
 */
export default function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="visualizer__table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
