/** health: the folder's public surface. */
export * from "./analysePipeline";
export * from "./anomalies";
export * from "./pipelineHealth";
export * from "./stageHealth";
export * from "./types";
export * from "./gateAnomalies";
