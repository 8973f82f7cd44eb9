/**
 * When index.html has put the kept home screen in place (see features/home/first-screen.ts), the
 * app renders into a container of its own, off the page, and swaps it in once it shows something
 * real: no "loading" placeholder and nothing marked aria-busy. So the member never sees the kept
 * screen give way to a loading line, and the page never holds two copies of the same screen.
 */
export function appContainer(root: HTMLElement): HTMLElement {
  if (root.dataset.firstScreen !== 'shown') return root;
  const live = document.createElement('div');
  const ready = () => live.firstElementChild !== null && !live.querySelector('.loading, [aria-busy="true"]');
  const observer = new MutationObserver(() => {
    if (!ready() || !root.isConnected) return;
    observer.disconnect();
    live.id = root.id;
    root.replaceWith(live);
  });
  observer.observe(live, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy', 'class'],
  });
  return live;
}
