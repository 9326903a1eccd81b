import Taro from '@tarojs/taro';

/** A WeChat canvas node of type="2d": its drawing buffer and its context. */
export interface CanvasNode2d {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
}

/**
 * WeChat: reaches the type="2d" Canvas with this id once the page has laid it out, and calls
 * `draw` with the node, its size in CSS px and the screen's pixel ratio. Returns a cancel for an
 * effect's cleanup (the canvas may be gone before the query answers).
 */
export function withCanvasNode(
  canvasId: string,
  draw: (node: CanvasNode2d, size: { width: number; height: number }, ratio: number) => void,
): () => void {
  let cancelled = false;
  Taro.nextTick(() => {
    Taro.createSelectorQuery()
      .select(`#${canvasId}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: CanvasNode2d; width: number; height: number } | null>) => {
        const found = res?.[0];
        if (cancelled || !found?.node) return;
        draw(found.node, found, Taro.getWindowInfo?.().pixelRatio ?? 2);
      });
  });
  return () => {
    cancelled = true;
  };
}
