import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** How far ahead of an edge the next page is asked for, so scrolling does not stall. */
const AHEAD = '800px 0px';

/** The first row in view and where it sits, to keep it still while pages come and go above it. */
interface Anchor {
  id: string;
  top: number;
}

function firstRowInView(list: HTMLElement | null): Anchor | null {
  for (const row of list?.querySelectorAll<HTMLElement>('[data-row-id]') ?? []) {
    const top = row.getBoundingClientRect().top;
    if (top >= 0) return { id: row.dataset.rowId ?? '', top };
  }
  return null;
}

/**
 * Calls `onTop` / `onBottom` when the member scrolls near the top or bottom sentinel, and after
 * each change of `content` scrolls so that the row that was first in view stays where it was (pages
 * added or dropped above it must not make the list jump).
 */
export function useScrollEdges(opts: {
  list: RefObject<HTMLElement | null>;
  top: RefObject<HTMLElement | null>;
  bottom: RefObject<HTMLElement | null>;
  content: unknown;
  onTop: (() => void) | null;
  onBottom: (() => void) | null;
}): void {
  const { list, top, bottom, content, onTop, onBottom } = opts;
  const anchor = useRef<Anchor | null>(null);
  const busy = useRef(false);

  useLayoutEffect(() => {
    busy.current = false;
    const held = anchor.current;
    anchor.current = null;
    if (!held) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(held.id)}"]`);
    if (row) window.scrollBy(0, row.getBoundingClientRect().top - held.top);
  }, [content, list]);

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const watch = (target: HTMLElement | null, act: (() => void) | null) => {
      if (!target || !act) return undefined;
      const observer = new IntersectionObserver(
        (seen) => {
          if (busy.current || !seen.some((s) => s.isIntersecting)) return;
          busy.current = true;
          anchor.current = firstRowInView(list.current);
          act();
        },
        { rootMargin: AHEAD },
      );
      observer.observe(target);
      return observer;
    };
    // New observers on every change: each reports at once whether its edge is still near.
    const observers = [watch(top.current, onTop), watch(bottom.current, onBottom)];
    return () => observers.forEach((o) => o?.disconnect());
  }, [content, list, top, bottom, onTop, onBottom]);
}
