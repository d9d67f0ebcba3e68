/** reviews: deal reviews — evaluation sheets started from a deal, found by identity, rolled up and gated. */
export * from "./evaluationIdentity";
export * from "./evaluationKinds";
export * from "./evaluationSheet";
export * from "./gates";
export * from "./readiness";
export * from "./dealEvidence";
export * from "./evaluationsFound";
export * from "./reviewBoard";
