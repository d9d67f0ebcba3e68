import { createSelectionStore, selectedRange } from "./selection";

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

describe("a selected range", () => {
  it("is one cell without an extent", () => {
    expect(selectedRange({ sheet: "S", row: 2, col: 3 })).toEqual({ row: 2, col: 3, rows: 1, cols: 1 });
  });

  it("spans the active cell and its extent, whichever corner each is", () => {
    expect(selectedRange({ sheet: "S", row: 4, col: 2, extent: { row: 1, col: 0 } })).toEqual({
      row: 1,
      col: 0,
      rows: 4,
      cols: 3,
    });
  });

  it("drops an extent on the active cell itself, and tells listeners when only the extent moves", () => {
    const store = createSelectionStore({ sheet: "S", row: 1, col: 1 });
    const listener = jest.fn();
    store.subscribe(listener);
    store.set({ sheet: "S", row: 1, col: 1, extent: { row: 1, col: 1 } });
    expect(listener).not.toHaveBeenCalled();
    store.set({ sheet: "S", row: 1, col: 1, extent: { row: 5, col: 1 } });
    expect(store.get().extent).toEqual({ row: 5, col: 1 });
    store.set({ sheet: "S", row: 1, col: 1 });
    expect(store.get()).toEqual({ sheet: "S", row: 1, col: 1 });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
