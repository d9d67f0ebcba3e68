/**
 * snapshots: the pipeline over time (管线快照) — snapshots of the user's table on several dates, the deals
 * followed across them, and what changed: the bridge of the open pipeline (overall and per owner), stage
 * moves, slipped and stalled deals, the trend, forecast accuracy and win probabilities from observed
 * moves. Pure functions over snapshots already read. Import from here.
 */
export * from "./bridge";
export * from "./forecastAccuracy";
export * from "./history";
export * from "./historyTable";
export * from "./identity";
export * from "./movements";
export * from "./owners";
export * from "./slippage";
export * from "./stageMoves";
export * from "./trend";
export * from "./types";
export * from "./winChain";
export * from "./snapshotAppend";
export * from "./changes";
export * from "./sampleHistory";
export * from "./nameDate";
export * from "./userSnapshots";
