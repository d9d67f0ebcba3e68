/** stages: the folder's public surface. */
export * from "./evidence";
export * from "./stageFormat";
export * from "./stageList";
export * from "./stageOfLoss";
export * from "./stageScheme";
export * from "./stages";
