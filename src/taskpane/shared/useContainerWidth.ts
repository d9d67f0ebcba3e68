/**
 * The width a chart's container gives it, followed as the pane is resized: the pane's SVG charts draw to it.
 */
import { type RefObject, useLayoutEffect, useRef, useState } from "react";

/**
 * The element to measure (`ref`) and its width in pixels: `fallback` until measured, then its client width,
 * followed through ResizeObserver where the host has it.
 * @example const { ref, width } = useContainerWidth(300); // <figure ref={ref}>…
 */
export function useContainerWidth<T extends HTMLElement = HTMLElement>(
  fallback: number,
): { readonly ref: RefObject<T>; readonly width: number } {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
