/** kernel: the folder's public surface. */
export * from "./amounts";
export * from "./bilingual";
export * from "./dates";
export * from "./labels";
export * from "./numbers";
export * from "./random";
export * from "./result";
export * from "./workbookMessages";
