import {
  chunkRows,
  firstChunkRows,
  jsonBytes,
  observedBytesPerCell,
  PLAN_MARGIN,
  PROBE_ROWS,
  READ_BUDGET_BYTES,
} from "./readChunks";

describe("chunkRows", () => {
  it("reads at least one row however wide the table or however large its cells", () => {
    expect(chunkRows(16_384, 10_000)).toBe(1);
    expect(chunkRows(0)).toBe(READ_BUDGET_BYTES / 100);
  });

  it("falls back to the estimate for a cell size that is not a positive number", () => {
    expect(chunkRows(10, Number.NaN)).toBe(chunkRows(10));
    expect(chunkRows(10, -5)).toBe(chunkRows(10));
  });

  it("divides the 4 MB budget by the row's estimated bytes", () => {
    expect(chunkRows(9)).toBe(4444);
    expect(chunkRows(10)).toBe(4000);
    expect(chunkRows(9, 500)).toBe(888);
    expect(chunkRows(4, 100, 1000)).toBe(2);
  });
});

describe("observedBytesPerCell", () => {
  it("keeps the estimate when nothing was measured", () => {
    expect(observedBytesPerCell(0, 0)).toBe(100);
    expect(observedBytesPerCell(500, 0)).toBe(100);
  });

  it("plans with what short cells measured and an 8 % margin, so a table of numbers is read in large chunks", () => {
    expect(observedBytesPerCell(44, 4)).toBeCloseTo(11.88, 9);
    expect(chunkRows(10, observedBytesPerCell(44, 4))).toBe(33_670);
  });

  it("never plans with less than the smallest cell", () => {
    expect(observedBytesPerCell(4, 4)).toBe(8);
  });

  it("plans with what long cells measured and an 8 % margin: a reply of about 3.7 MB", () => {
    expect(observedBytesPerCell(900_000, 3_000)).toBeCloseTo(324, 9);
    expect(chunkRows(9, observedBytesPerCell(900_000, 3_000))).toBe(1_371);
    expect(1_371 * 9 * 300).toBeLessThanOrEqual(READ_BUDGET_BYTES / PLAN_MARGIN);
  });
});

describe("firstChunkRows", () => {
  it("probes with a few hundred rows, fewer when the table is very wide", () => {
    expect(firstChunkRows(9)).toBe(PROBE_ROWS);
    expect(firstChunkRows(20_000)).toBe(2);
  });
});

describe("jsonBytes", () => {
  it("counts nothing for a value JSON cannot write", () => {
    expect(jsonBytes(undefined)).toBe(0);
  });

  it("counts UTF-8 bytes: one per ASCII character, three per Chinese character, four per emoji", () => {
    expect(jsonBytes([["a", 1]])).toBe(9);
    expect(jsonBytes([["阶段", 1]])).toBe(14);
    expect(jsonBytes("é")).toBe(4);
    expect(jsonBytes("😀")).toBe(6);
  });
});
