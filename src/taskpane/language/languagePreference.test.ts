import {
  LANGUAGE_PREFERENCE_KEY,
  readLanguagePreference,
  startingLanguage,
  writeLanguagePreference,
  type PreferenceStorage,
} from "./languagePreference";

function memoryStorage(
  initial: Record<string, string> = {},
): PreferenceStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const throwingStorage: PreferenceStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

describe("readLanguagePreference", () => {
  it("finds nothing without storage", () => {
    expect(readLanguagePreference(undefined)).toBeUndefined();
  });

  it("finds nothing when storage throws", () => {
    expect(readLanguagePreference(throwingStorage)).toBeUndefined();
  });

  it("ignores a stored value that is not a product language", () => {
    expect(readLanguagePreference(memoryStorage({ [LANGUAGE_PREFERENCE_KEY]: "fr" }))).toBeUndefined();
  });

  it("reads a stored choice", () => {
    expect(readLanguagePreference(memoryStorage({ [LANGUAGE_PREFERENCE_KEY]: "en" }))).toBe("en");
  });
});

describe("writeLanguagePreference", () => {
  it("reports failure without storage or when storage refuses", () => {
    expect(writeLanguagePreference(undefined, "zh")).toBe(false);
    expect(writeLanguagePreference(throwingStorage, "zh")).toBe(false);
  });

  it("stores the choice so that it is read back", () => {
    const storage = memoryStorage();
    expect(writeLanguagePreference(storage, "zh")).toBe(true);
    expect(readLanguagePreference(storage)).toBe("zh");
  });
});

describe("startingLanguage", () => {
  it("uses the display language when nothing is stored", () => {
    expect(startingLanguage(undefined, "zh")).toBe("zh");
  });

  it("lets the stored choice win over the display language", () => {
    expect(startingLanguage("en", "zh")).toBe("en");
  });
});
