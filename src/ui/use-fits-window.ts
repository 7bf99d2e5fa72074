/**
 * Marks an element with `data-fits` while its content is no taller than the window, so that CSS
 * can keep all of it in view (sticky) only then. A taller side panel pinned in place would cut its
 * own text off, or need a scroller of its own inside the page; instead it scrolls with the page.
 */
import { useCallback } from 'react';

/** A callback ref: observes the element's height and the window's, and sets `data-fits`. */
export function useFitsWindow<T extends HTMLElement>(): (element: T | null) => (() => void) | void {
  return useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      // From the element's top to its content's end: CSS may stretch the element down the page.
      // Not from the first child's top: a child stuck in place (sticky) would shorten the measure.
      const last = element.lastElementChild?.getBoundingClientRect();
      const height = last ? last.bottom - element.getBoundingClientRect().top : 0;
      // Room for the sticky offset above and a margin below (CSS: top 0.5rem).
      const fits = height <= window.innerHeight - 16;
      if (element.hasAttribute('data-fits') !== fits) element.toggleAttribute('data-fits', fits);
    };
    // The children, not the element: a stretched element grows with every line of the
    // conversation beside it, and each measure here would lay the page out once more.
    const sizes = new ResizeObserver(update);
    const observeChildren = () => {
      sizes.disconnect();
      for (const child of element.children) sizes.observe(child);
    };
    const children = new MutationObserver(observeChildren);
    children.observe(element, { childList: true });
    observeChildren();
    window.addEventListener('resize', update);
    update();
    return () => {
      sizes.disconnect();
      children.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
}
