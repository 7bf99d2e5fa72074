/**
 * Layout measurements run inside the page: horizontal overflow, text cut off by an ancestor that
 * clips or by its SVG's viewport, and the size text is drawn at. Each function is passed to
 * `page.evaluate`, so it must stand alone (no imports, no closures over this module).
 */

/** What was found: one sentence per problem, naming the text and what cut it. */
export type Problems = string[];

/**
 * Every visible piece of text lies inside each ancestor that clips it, and inside its outermost
 * SVG; the page is no wider than the window. A vertical scroller may hold text out of view only
 * if it is a labelled region that the keyboard can reach (tabindex) — then it scrolls as a whole;
 * so may a horizontal one (a code excerpt).
 */
export function clippedText(): Problems {
  const problems: string[] = [];
  const slack = 1; // sub-pixel rounding of boxes
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth)
    problems.push(`the page is ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);

  // Thousands of text nodes share a few dozen ancestors: read each element's style once.
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let style = styles.get(el);
    if (!style) styles.set(el, (style = getComputedStyle(el)));
    return style;
  };
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.') ?? '';
    return `${el.tagName.toLowerCase()}${id}${cls ? '.' + cls : ''}`;
  };
  // Text hidden on purpose (visually-hidden uses clip-path), in <title>, or in closed widgets.
  const hiddenOnPurpose = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      if (a.matches('title, option, script, style, noscript')) return true;
      if (styleOf(a).clipPath !== 'none') return true;
    }
    return !el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const textBoxes = (node: Text): DOMRect[] => {
    const el = node.parentElement!;
    if (el instanceof SVGElement) return [el.getBoundingClientRect()];
    const range = document.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()];
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data.trim();
    const el = node.parentElement;
    if (!text || !el || hiddenOnPurpose(el)) continue;
    // The map's pan-and-zoom viewport shows part of a larger drawing by design: its nodes are
    // reached by moving the view, and each by Tab (the frame itself is measured like any box).
    if (el.closest('[data-pan-viewport]')) continue;
    const boxes = textBoxes(node).filter((b) => b.width > 0 && b.height > 0);
    const quote = `“${text.slice(0, 40)}${text.length > 40 ? '…' : ''}” (${describe(el)})`;
    for (const box of boxes) {
      for (let a: Element | null = el.parentElement; a && a !== root; a = a.parentElement) {
        const outer = a.getBoundingClientRect();
        if (a instanceof SVGSVGElement && !a.ownerSVGElement) {
          const inside =
            box.left >= outer.left - slack &&
            box.right <= outer.right + slack &&
            box.top >= outer.top - slack &&
            box.bottom <= outer.bottom + slack;
          if (!inside) problems.push(`${quote} runs outside its SVG`);
          continue;
        }
        const style = styleOf(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        // The clipping box is the padding box: inside the borders.
        const left = outer.left + a.clientLeft;
        const top = outer.top + a.clientTop;
        const reachable = a.getAttribute('tabindex') === '0' && a.hasAttribute('aria-label');
        // A horizontal scroller (a code excerpt) may hold text out of view on the same terms.
        const scrollsSideways = style.overflowX === 'auto' || style.overflowX === 'scroll';
        const outAtSide = box.left < left - slack || box.right > left + a.clientWidth + slack;
        if (outAtSide && !(scrollsSideways && reachable))
          problems.push(`${quote} is cut at the side by ${describe(a)}`);
        const scrolls = style.overflowY === 'auto' || style.overflowY === 'scroll';
        const outOfView = box.top < top - slack || box.bottom > top + a.clientHeight + slack;
        if (outOfView && !scrolls) problems.push(`${quote} is cut by ${describe(a)}`);
        if (outOfView && scrolls) {
          if (!reachable)
            problems.push(`${quote} is out of view in ${describe(a)}, an unlabelled scroller`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

/** The smallest size, in CSS px as drawn, of the text inside the elements matching `selector`. */
export function smallestText(selector: string): number {
  let smallest = Infinity;
  for (const scope of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent?.trim() || !el) continue;
      if (!el.checkVisibility() || el.closest('title, .visually-hidden')) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      // SVG text scales with its drawing: the size on screen is the font size times that scale.
      if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
      smallest = Math.min(smallest, size);
    }
  }
  return smallest;
}
