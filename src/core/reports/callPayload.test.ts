import {
  BYTES_PER_CELL,
  CALL_PAYLOAD_LIMIT,
  callPayloadBytes,
  fitsCallPayload,
  maxRowsWithinPayload,
} from "./callPayload";

describe("callPayloadBytes", () => {
  it("counts every cell of the columns passed at the stated bound", () => {
    expect(callPayloadBytes(0, 4)).toBe(0);
    expect(callPayloadBytes(10_000, 3)).toBe(10_000 * 3 * BYTES_PER_CELL);
    expect(callPayloadBytes(100_000, 4)).toBe(9_600_000);
  });
});

describe("fitsCallPayload", () => {
  it("allows a call up to Excel on the web's cap and not a cell beyond it", () => {
    expect(fitsCallPayload(CALL_PAYLOAD_LIMIT / BYTES_PER_CELL, 1)).toBe(true);
    expect(fitsCallPayload(CALL_PAYLOAD_LIMIT / BYTES_PER_CELL + 1, 1)).toBe(false);
    expect(fitsCallPayload(10_000, 4)).toBe(true);
    expect(fitsCallPayload(100_000, 2)).toBe(true);
    expect(fitsCallPayload(100_000, 3)).toBe(false);
  });
});

describe("maxRowsWithinPayload", () => {
  it("is the last row count that fits, for each number of columns", () => {
    for (const columns of [1, 2, 3, 4]) {
      const rows = maxRowsWithinPayload(columns);
      expect([fitsCallPayload(rows, columns), fitsCallPayload(rows + 1, columns)]).toEqual([true, false]);
    }
    expect(maxRowsWithinPayload(3)).toBe(69_444);
  });
});
