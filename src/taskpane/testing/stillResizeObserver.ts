/**
 * jsdom has no ResizeObserver; the pane's parts that watch sizes (the view tabs' Overflow, the sticky header, the
 * funnel chart's legend) need one. This one watches nothing: in jsdom nothing resizes.
 */
class StillResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * Gives jsdom a ResizeObserver that never reports, unless it has one.
 * @example beforeAll(installStillResizeObserver);
 */
export function installStillResizeObserver(): void {
  globalThis.ResizeObserver ??= StillResizeObserver as unknown as typeof ResizeObserver;
}
