/** UI strings of the task pane, in 中文 and English. */
export { UI_STRINGS, type UiStringKey } from "./uiStrings";
export {
  t,
  fillPlaceholders,
  placeholdersIn,
  type PlainUiStringKey,
  type UiStringParamName,
  type UiStringParamValue,
  type UiStringParams,
} from "./translate";
export { TERMS, traditionalConverter, traditionalRegion, type TraditionalRegion } from "./traditional.cjs";
export {
  GLOSSARY,
  findVariants,
  glossaryMarkdown,
  halfWidthInChinese,
  isChineseText,
  type ForbiddenVariant,
  type GlossaryTerm,
  type VariantHit,
} from "./glossary";
