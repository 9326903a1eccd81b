import Taro from '@tarojs/taro';

/**
 * Scrolls the page so the element with this id starts at the top of what is seen. WeChat draws
 * its navigation bar outside the page, so `pageScrollTo({ selector })` is right there. On H5 the
 * page carries its own sticky title bar (TitleBar), which Taro's selector scroll does not know
 * of: the element would end up under it. There the target is measured and placed just below the
 * bar, with the bar's usual gap (`duration` is WeChat's; the browser's smooth scroll times itself).
 */
export function scrollToId(id: string, duration = 200): void {
  if (process.env.TARO_ENV !== 'h5') {
    void Taro.pageScrollTo({ selector: `#${id}`, duration });
    return;
  }
  // The H5 router keeps earlier pages in the DOM, hidden: the one on screen counts.
  const target = Array.from(document.querySelectorAll<HTMLElement>(`[id="${id}"]`)).find(
    (element) => element.offsetParent !== null,
  );
  if (!target) return;
  const page = target.closest<HTMLElement>('.taro_page');
  const bar = page?.querySelector<HTMLElement>('.title-bar');
  const viewTop = page ? page.getBoundingClientRect().top : 0;
  const scrolled = page ? page.scrollTop : window.scrollY;
  const covered = bar
    ? bar.getBoundingClientRect().height + parseFloat(getComputedStyle(bar).marginBottom)
    : 0;
  const top = Math.max(0, Math.round(scrolled + target.getBoundingClientRect().top - viewTop - covered));
  // Not Taro's pageScrollTo: its H5 animation overshoots its last frame (by ~14 px over 2,300).
  (page ?? window).scrollTo({ top, behavior: 'smooth' });
}
