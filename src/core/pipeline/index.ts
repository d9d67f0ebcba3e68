/** pipeline: the folder's public surface. */
export * from "./cellReaders";
export * from "./columns";
export * from "./duplicateRows";
export * from "./errorValues";
export * from "./histories";
export * from "./memo";
export * from "./pipelineStream";
export * from "./placement";
export * from "./readCounts";
export * from "./readPipeline";
export * from "./repeats";
export * from "./stageCells";
export * from "./stageDates";
export * from "./types";
