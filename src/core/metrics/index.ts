/** metrics: the folder's public surface. */
export * from "./conversion";
export * from "./cycleTime";
export * from "./headline";
export * from "./velocity";
export * from "./weighted";
export * from "./winworth";
