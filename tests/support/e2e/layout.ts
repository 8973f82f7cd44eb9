import type { Page } from '@playwright/test';

/** The smallest width and height a thumb can hit reliably (WCAG 2.5.5, Android's 48 dp less margin). */
export const MIN_TARGET_PX = 44;

/**
 * What on the current screen breaks a narrow phone: the page scrolling sideways (with the elements
 * that stick out) and every visible tap target smaller than MIN_TARGET_PX in either direction. A
 * radio or checkbox counts by the label around it, which is what the thumb touches.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const name = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      return `<${el.tagName.toLowerCase()}${id}${cls}> “${text.slice(0, 40)}”`;
    };
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) {
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 0.5)
        .slice(0, 4);
      problems.push(`page is ${scrollWidth}px wide in ${width}px: ${wide.map(name).join(', ')}`);
    }
    const targets = document.querySelectorAll(
      'a[href], button, select, textarea, summary, input:not([type="hidden"]), [role="button"], [tabindex="0"]',
    );
    const unseen = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const box = at.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    for (const el of targets) {
      if (unseen(el)) continue;
      const hit = el.matches('input[type="radio"], input[type="checkbox"]')
        ? (el.closest('label') ?? el)
        : el;
      const box = hit.getBoundingClientRect();
      const style = getComputedStyle(hit);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      // A control hidden off-screen for its label (the chips) is checked through that label.
      if (el !== hit || box.width > 2) {
        if (box.width + 0.5 < min || box.height + 0.5 < min)
          problems.push(`target ${Math.round(box.width)}×${Math.round(box.height)}: ${name(hit)}`);
      }
    }
    // Text wider than the box that holds it: clipped, or spilling over its card.
    const boxes = document.querySelectorAll('.card, a[href], button, label, dd, h1, h2, th, td');
    for (const el of boxes) {
      if (unseen(el) || el.closest('.table-scroll')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
        problems.push(`content ${el.scrollWidth}px in a ${el.clientWidth}px box: ${name(el)}`);
    }
    return [...new Set(problems)];
  }, MIN_TARGET_PX);
}
