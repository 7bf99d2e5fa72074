/**
 * Marks an element with `data-fits` while it is no taller than the window, so that CSS can keep it
 * in view (sticky) only then. A taller side panel pinned in place would cut its own text off, or
 * need a scroller of its own inside the page; instead it scrolls with the page, whole.
 */
import { useCallback } from 'react';

/** A callback ref: observes the element's height and the window's, and sets `data-fits`. */
export function useFitsWindow<T extends HTMLElement>(): (element: T | null) => (() => void) | void {
  return useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      // Room for the sticky offset above and a margin below (CSS: top 0.5rem).
      const fits = element.offsetHeight <= window.innerHeight - 16;
      element.toggleAttribute('data-fits', fits);
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
}
