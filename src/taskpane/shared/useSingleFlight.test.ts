/** @jest-environment jsdom */
import { renderHook } from "@testing-library/react";
import { useSingleFlight } from "./useSingleFlight";

/** A task that waits until `finish()` is called, recording that it started. */
function pendingTask() {
  let finish: () => void = () => undefined;
  const started: string[] = [];
  const task = (label: string) => () => {
    started.push(label);
    return new Promise<void>((resolve) => {
      finish = resolve;
    });
  };
  return { task, started, finish: () => finish() };
}

describe("useSingleFlight", () => {
  it("ignores a call while a task is under way", async () => {
    const { result } = renderHook(() => useSingleFlight());
    const { task, started, finish } = pendingTask();

    const first = result.current(task("first"));
    await result.current(task("second"));
    finish();
    await first;

    expect(started).toEqual(["first"]);
  });

  it("runs the next call once the task has finished", async () => {
    const { result } = renderHook(() => useSingleFlight());
    const started: string[] = [];

    await result.current(async () => void started.push("first"));
    await result.current(async () => void started.push("second"));

    expect(started).toEqual(["first", "second"]);
  });

  it("passes a failed task's rejection on and runs the next call", async () => {
    const { result } = renderHook(() => useSingleFlight());
    const started: string[] = [];

    await expect(result.current(() => Promise.reject(new Error("host gone")))).rejects.toThrow("host gone");
    await result.current(async () => void started.push("after"));

    expect(started).toEqual(["after"]);
  });

  it("says the component is mounted while it is", async () => {
    const { result } = renderHook(() => useSingleFlight());
    let mounted: boolean | undefined;

    await result.current(async (isMounted) => {
      mounted = isMounted();
    });

    expect(mounted).toBe(true);
  });

  it("says the component is gone when it unmounts before the task finishes", async () => {
    const { result, unmount } = renderHook(() => useSingleFlight());
    let finish: () => void = () => undefined;
    let mountedAtEnd: boolean | undefined;

    const running = result.current(async (isMounted) => {
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      mountedAtEnd = isMounted();
    });
    unmount();
    finish();
    await running;

    expect(mountedAtEnd).toBe(false);
  });

  it("keeps each component's flight separate", async () => {
    const one = renderHook(() => useSingleFlight());
    const other = renderHook(() => useSingleFlight());
    const { task, started, finish } = pendingTask();

    const first = one.result.current(task("one"));
    await other.result.current(async () => void started.push("other"));
    finish();
    await first;

    expect(started).toEqual(["one", "other"]);
  });

  it("returns the same run across renders", () => {
    const { result, rerender } = renderHook(() => useSingleFlight());
    const run = result.current;
    rerender();
    expect(result.current).toBe(run);
  });
});
