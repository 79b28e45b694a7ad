import type { Page } from '@playwright/test';

export type TextProblem = { kind: 'outside the screen' | 'clipped' | 'overlaps'; text: string; other?: string };

/**
 * Every piece of visible text on the page, measured by its own boxes (one per line): text that
 * runs past the screen's edge, text cut off by a box that hides what overflows it, and text that
 * overlaps other text. Intentional truncation with an ellipsis and screen-reader-only text are
 * left out.
 */
export function textProblems(page: Page): Promise<TextProblem[]> {
  return page.evaluate(() => {
    const problems: TextProblem[] = [];
    const hiddenOnPurpose = (element: Element) => {
      for (let current: Element | null = element; current; current = current.parentElement) {
        const style = getComputedStyle(current);
        if (style.textOverflow === 'ellipsis' || current.classList.contains('sr-only')) return true;
      }
      return false;
    };
    const clippers = (element: Element) => {
      const boxes: DOMRect[] = [];
      for (let current = element.parentElement; current && current !== document.body; current = current.parentElement) {
        const style = getComputedStyle(current);
        if (/(hidden|clip)/.test(style.overflowX + style.overflowY)) boxes.push(current.getBoundingClientRect());
      }
      return boxes;
    };
    const pieces: Array<{ element: Element; text: string; box: DOMRect }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || hiddenOnPurpose(element)) continue;
      if (element.closest('select, option, script, style')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of Array.from(range.getClientRects())) {
        if (box.width < 1 || box.height < 1) continue;
        pieces.push({ element, text, box });
        if (box.left < -1 || box.right > document.documentElement.clientWidth + 1) problems.push({ kind: 'outside the screen', text });
        else if (clippers(element).some((clip) => box.left < clip.left - 1 || box.right > clip.right + 1 || box.top < clip.top - 1 || box.bottom > clip.bottom + 1)) {
          problems.push({ kind: 'clipped', text });
        }
      }
    }
    for (let i = 0; i < pieces.length; i += 1) {
      for (let j = i + 1; j < pieces.length; j += 1) {
        const [a, b] = [pieces[i]!, pieces[j]!];
        if (a.element === b.element || a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        // Line boxes of neighbouring lines may touch; text on text is more than a couple of pixels.
        if (width > 2 && height > 2) problems.push({ kind: 'overlaps', text: a.text, other: b.text });
      }
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
      problems.push({ kind: 'outside the screen', text: `the page is ${document.documentElement.scrollWidth}px wide` });
    }
    return problems;
  });
}
