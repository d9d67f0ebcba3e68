/** stages: the folder's public surface. */
export * from "./coaching";
export * from "./deckWording";
export * from "./evidence";
export * from "./evidenceGaps";
export * from "./gateRules";
export * from "./relationshipPhases";
export * from "./stageFormat";
export * from "./stageList";
export * from "./stageOfLoss";
export * from "./stageScheme";
export * from "./stages";
