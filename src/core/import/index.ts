/** import: reading a CSV export into a typed table — encoding, delimiter, column kinds, typed rows. */
export * from "./columnKinds";
export * from "./delimiter";
export * from "./encoding";
export * from "./typedRows";
