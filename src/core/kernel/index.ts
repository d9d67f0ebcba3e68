/** kernel: the folder's public surface. */
export * from "./amounts";
export * from "./bilingual";
export * from "./cells";
export * from "./dates";
export * from "./dateSystems";
export * from "./errorDetail";
export * from "./labels";
export * from "./numbers";
export * from "./plurals";
export * from "./random";
export * from "./result";
export * from "./workbookMessages";
