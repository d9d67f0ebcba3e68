/** health: the folder's public surface. */
export * from "./anomalies";
export * from "./pipelineHealth";
export * from "./stageHealth";
