/**
 * Looks up a UI text in a language and fills its `{name}` parameters. The parameters a text needs are read
 * from the table's literal types, so a missing or misspelt parameter is a type error. Where a count meets a
 * noun, an English text writes the noun's two forms after the count's name — `{count} open {count|deal|deals}`
 * — and the count picks one (English plural rules, `Intl.PluralRules`); Chinese needs none.
 */
import type { Language } from "../kernel";
import { UI_STRINGS, type UiStringKey } from "./uiStrings";

/** The `{name}` parameters of a template string, as a union of names. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Token}}${infer Rest}`
  ? (Token extends `${infer Name}|${string}` ? Name : Token) | PlaceholdersOf<Rest>
  : never;

/** The parameter names of a UI text (both languages together). */
export type UiStringParamName<K extends UiStringKey> =
  PlaceholdersOf<(typeof UI_STRINGS)[K]["zh"]> | PlaceholdersOf<(typeof UI_STRINGS)[K]["en"]>;

/** A value that can fill a parameter. */
export type UiStringParamValue = string | number;

/** The trailing arguments `t` takes for a key: none for a plain text, one object for a text with parameters. */
export type UiStringParams<K extends UiStringKey> = [UiStringParamName<K>] extends [never]
  ? []
  : [params: Record<UiStringParamName<K>, UiStringParamValue>];

/** The keys of texts without parameters (e.g. labels kept in data, such as a view's name). */
export type PlainUiStringKey = {
  [K in UiStringKey]: [UiStringParamName<K>] extends [never] ? K : never;
}[UiStringKey];

/**
 * The text for `key` in `language`, with its `{name}` parameters filled in.
 * @example t("viewStageGuide", "zh") // "阶段指南"
 * @example t("stageNumber", "en", { number: 3 }) // "Stage 3"
 */
export function t<K extends UiStringKey>(key: K, language: Language, ...params: UiStringParams<K>): string {
  const template: string = UI_STRINGS[key][language];
  const values = params[0] as Readonly<Record<string, UiStringParamValue>> | undefined;
  return values === undefined ? template : fillPlaceholders(template, values);
}

const ENGLISH_PLURALS = new Intl.PluralRules("en");

/**
 * Replaces each `{name}` in a template with `values[name]`, and each `{name|one|other}` with the form the
 * count `values[name]` takes (English rules); a name without a value stays as written.
 * Tested surface: exported for its tests.
 * @example fillPlaceholders("Stage {number}", { number: 2 }) // "Stage 2"
 * @example fillPlaceholders("{count} {count|row|rows}", { count: 1 }) // "1 row"
 */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, UiStringParamValue>>,
): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
      const value = values[name];
      if (one === undefined || other === undefined) return String(value);
      const count = typeof value === "number" ? value : Number(String(value).replace(/[,\s]/g, ""));
      return Number.isFinite(count) && ENGLISH_PLURALS.select(count) === "one" ? one : (other as string);
    },
  );
}

/**
 * The parameter names a template uses, in order of first use.
 * Tested surface: exported for its tests.
 * @example placeholdersIn("{count} of {total}") // ["count", "total"]
 * @example placeholdersIn("{count} {count|row|rows}") // ["count"]
 */
export function placeholdersIn(template: string): string[] {
  const names = Array.from(template.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g), (match) => match[1]);
  return Array.from(new Set(names));
}
