/** sheet: the folder's public surface. */
export * from "./a1";
export * from "./cellInput";
export * from "./dateCells";
export * from "./forms";
export * from "./layout";
export * from "./namePlan";
export * from "./rowFit";
export * from "./sheetBuilder";
export * from "./sheetNames";
export * from "./sheetReference";
export * from "./sheetSpec";
export * from "./sheetSpecCheck";
export * from "./specBlocks";
export * from "./structuredReference";
