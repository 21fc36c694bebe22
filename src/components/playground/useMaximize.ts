import { useEffect, useState, type RefObject } from 'react';

/**
 * Gives the playground the whole window, and Esc gives it back (the focus then returns to
 * `button`). The playground goes into the top layer as a manual popover: position: fixed alone
 * would be caught by the page's container query box (the breakout's .main-frame), and the
 * frame under it would not reload, since nothing in the DOM moves.
 */
export function useMaximize(anchor: RefObject<Element | null>, button: RefObject<HTMLElement | null>): [boolean, (on: boolean) => void] {
  const [maximized, setMaximized] = useState(false);
  useEffect(() => {
    const root = anchor.current?.closest<HTMLElement>('[data-playground]');
    if (!maximized || !root) return;
    root.setAttribute('popover', 'manual');
    root.showPopover();
    root.setAttribute('data-playground-maximized', '');
    const page = document.documentElement;
    const overflow = page.style.overflow;
    page.style.overflow = 'hidden';
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMaximized(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      page.style.overflow = overflow;
      root.removeAttribute('data-playground-maximized');
      if (root.matches(':popover-open')) root.hidePopover();
      root.removeAttribute('popover');
      button.current?.focus();
    };
  }, [maximized, anchor, button]);
  return [maximized, setMaximized];
}
