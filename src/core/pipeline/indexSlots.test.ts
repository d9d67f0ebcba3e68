import { IndexSlots } from "./indexSlots";

/** A set of texts kept in an array, filed by a hash that puts many in one slot (to test probing). */
function textSet(hash: (text: string) => number) {
  const texts: string[] = [];
  const slots = new IndexSlots((item) => hash(texts[item]));
  return {
    /** The number of `text`: its first number, or a new one. */
    numberOf(text: string): number {
      const found = slots.find(hash(text), (item) => texts[item] === text);
      if (found >= 0) return found;
      slots.add(texts.push(text) - 1);
      return texts.length - 1;
    },
    size: () => texts.length,
  };
}

describe("IndexSlots", () => {
  it("finds each item again after the table has grown many times", () => {
    const set = textSet((text) => Math.imul(Number(text.slice(1)), 0x9e3779b1));
    for (let i = 0; i < 5_000; i++) expect(set.numberOf(`t${i}`)).toBe(i);
    for (let i = 4_999; i >= 0; i -= 7) expect(set.numberOf(`t${i}`)).toBe(i);
    expect(set.size()).toBe(5_000);
  });

  it("tells apart items of one hash by asking which is the one looked for", () => {
    const set = textSet(() => 42);
    expect(["a", "b", "a", "c", "b"].map((text) => set.numberOf(text))).toEqual([0, 1, 0, 2, 1]);
    for (let i = 0; i < 2_000; i++) set.numberOf(`x${i}`);
    expect(set.numberOf("c")).toBe(2);
    expect(set.size()).toBe(2_003);
  });

  it("does not grow for the items it was told to expect, and grows past them", () => {
    const refiled: number[] = [];
    const slots = new IndexSlots((item) => {
      refiled.push(item);
      return Math.imul(item, 0x9e3779b1);
    }, 10_000);
    const fileNew = (item: number) => {
      expect(slots.find(Math.imul(item, 0x9e3779b1), (other) => other === item)).toBe(-1);
      slots.add(item);
    };
    for (let item = 0; item < 10_000; item++) fileNew(item);
    expect(refiled).toHaveLength(0); // hashes are asked for only to file items again in a larger table
    fileNew(10_000);
    fileNew(10_001);
    expect(refiled.length).toBeGreaterThan(0);
    expect(slots.find(Math.imul(1234, 0x9e3779b1), (other) => other === 1234)).toBe(1234);
  });

  it("refuses an add that does not follow a find that found nothing", () => {
    const slots = new IndexSlots(() => 1);
    expect(() => slots.add(0)).toThrow(Error);
    expect(slots.find(1, () => false)).toBe(-1);
    slots.add(0);
    expect(() => slots.add(1)).toThrow(Error);
    expect(slots.find(1, (item) => item === 0)).toBe(0);
  });
});
