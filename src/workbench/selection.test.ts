import { createSelectionStore } from "./selection";

describe("createSelectionStore", () => {
  it("does not disturb listeners when the selection stays where it is", () => {
    const store = createSelectionStore({ sheet: "S", row: 1, col: 2 });
    const listener = jest.fn();
    store.subscribe(listener);
    store.set({ sheet: "S", row: 1, col: 2 });
    expect(listener).not.toHaveBeenCalled();
  });

  it("moves and tells its listeners until they stop listening", () => {
    const store = createSelectionStore({ sheet: "S", row: 0, col: 0 });
    const listener = jest.fn();
    const stop = store.subscribe(listener);
    store.set({ sheet: "S", row: 3, col: 1 });
    expect(store.get()).toEqual({ sheet: "S", row: 3, col: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.set({ sheet: "T", row: 0, col: 0 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().sheet).toBe("T");
  });
});
