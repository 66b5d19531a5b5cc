import type { Page } from 'playwright-core';

/** The narrowest common phone (issue #20.3): no main page may scroll sideways at this size. */
export const PHONE = { width: 360, height: 740 };

/**
 * The document's scroll width and what reaches furthest right: the element box, or — for text
 * that overflows its box, like a long unbroken word — the deepest element whose content does.
 */
const MEASURE = `(() => {
  const describe = (el, px) => el.tagName.toLowerCase() + '.' + String(el.className).slice(0, 60) + ' "' + String(el.textContent).slice(0, 40) + '" (' + Math.round(px) + ' px)';
  let widest = '';
  let right = 0;
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > right) { right = r.right; widest = describe(el, r.right); }
  }
  let overflowing = '';
  for (const el of document.querySelectorAll('main *')) {
    const reach = el.getBoundingClientRect().left + el.scrollWidth;
    if (reach > window.innerWidth && el.scrollWidth > el.clientWidth + 1) overflowing = describe(el, reach);
  }
  return { width: document.scrollingElement.scrollWidth, widest: overflowing ? 'content of ' + overflowing : widest };
})()`;

/** A line naming the page and the culprit when the page is wider than the phone, else null. */
export async function sidewaysScroll(page: Page, name: string): Promise<string | null> {
  const { width, widest } = (await page.evaluate(MEASURE)) as { width: number; widest: string };
  return width > PHONE.width ? `${name}: ${width} px, widest ${widest}` : null;
}
