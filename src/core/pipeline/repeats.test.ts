import { repeatedKeys } from "./repeats";

describe("repeatedKeys", () => {
  const keys = (list: (string | null)[]) => repeatedKeys(list.length, (row) => list[row]);

  it("groups the rows of each key held more than once, in order of their first row", () => {
    expect(keys(["a", "b", "a", null, "b", "c", "a"])).toEqual([
      [0, 2, 6],
      [1, 4],
    ]);
  });

  it("returns nothing when every key is held once, or there are no keys", () => {
    expect(keys(["a", "b", "c"])).toEqual([]);
    expect(keys([null, null])).toEqual([]);
    expect(keys([])).toEqual([]);
  });

  it("tells apart different keys, case and spaces included", () => {
    expect(keys(["A", "a", "a ", "A"])).toEqual([[0, 3]]);
  });

  it("finds the repeats among many rows whose keys collide in the table", () => {
    const many = Array.from({ length: 50_000 }, (_, row) => `K${row % 20_000}`);
    const groups = keys(many);
    expect(groups).toHaveLength(20_000);
    expect(groups[0]).toEqual([0, 20_000, 40_000]);
    expect(groups[19_999]).toEqual([19_999, 39_999]);
  });
});
