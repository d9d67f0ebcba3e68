import type { PreferenceStorage } from "../language/languagePreference";
import { MAPPING_MEMORY_KEY, mappingKey, rememberedMapping, rememberMapping } from "./mappingMemory";

function memoryStorage(): PreferenceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const HEADER = ["Opportunity", "Stage", "Amount"];

describe("mappingMemory", () => {
  it("gives back the mapping remembered for the same source and header, and none for another", () => {
    const storage = memoryStorage();
    expect(rememberMapping(storage, mappingKey("sheet:CRM", HEADER), { stage: 2, amount: 1 })).toBe(true);

    expect(rememberedMapping(storage, mappingKey("sheet:CRM", HEADER), 3)).toEqual({ stage: 2, amount: 1 });
    expect(rememberedMapping(storage, mappingKey("sheet:CRM", [...HEADER, "Owner"]), 4)).toBeUndefined();
    expect(rememberedMapping(storage, mappingKey("table:Deals", HEADER), 3)).toBeUndefined();
  });

  it("ignores a mapping whose columns no longer fit the table, or a broken store", () => {
    const storage = memoryStorage();
    rememberMapping(storage, "k", { stage: 5 });
    expect(rememberedMapping(storage, "k", 3)).toBeUndefined();
    storage.setItem(MAPPING_MEMORY_KEY, "{not json");
    expect(rememberedMapping(storage, "k", 3)).toBeUndefined();
    storage.setItem(MAPPING_MEMORY_KEY, JSON.stringify({ k: { colour: 1 } }));
    expect(rememberedMapping(storage, "k", 3)).toBeUndefined();
  });

  it("keeps the fifty latest tables", () => {
    const storage = memoryStorage();
    for (let i = 0; i < 55; i++) rememberMapping(storage, `t${i}`, { stage: 0 });
    expect(rememberedMapping(storage, "t4", 1)).toBeUndefined();
    expect(rememberedMapping(storage, "t5", 1)).toEqual({ stage: 0 });
    expect(Object.keys(JSON.parse(storage.items.get(MAPPING_MEMORY_KEY) ?? "{}"))).toHaveLength(50);
  });

  it("never fails without storage, or with storage that throws", () => {
    const throwing: PreferenceStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(rememberMapping(undefined, "k", { stage: 0 })).toBe(false);
    expect(rememberedMapping(undefined, "k", 1)).toBeUndefined();
    expect(rememberMapping(throwing, "k", { stage: 0 })).toBe(false);
    expect(rememberedMapping(throwing, "k", 1)).toBeUndefined();
  });
});
