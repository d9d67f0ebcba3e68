import { pipelineBridge, type PipelineBridge } from "./bridge";
import type { MovementKind } from "./movements";
import { snapshotAt } from "./testing/snapshotFixtures";
import { mulberry32 } from "../kernel";
import type { DealSpec, StageOf } from "./testing/snapshotFixtures";

const Q3 = { from: 45839, to: 45930 }; // 2025-07-01 … 2025-09-30
const IN_Q3 = 45880;
const AFTER_Q3 = 45960;

function movement(bridge: PipelineBridge, kind: MovementKind) {
  return bridge.movements.find((m) => m.kind === kind)!;
}

function expectReconciled(bridge: PipelineBridge): void {
  const amount = bridge.movements.reduce((sum, m) => sum + m.amount, bridge.start.amount);
  const count = bridge.movements.reduce((sum, m) => sum + m.countChange, bridge.start.count);
  expect(amount).toBe(bridge.end.amount);
  expect(count).toBe(bridge.end.count);
}

function bridgeOf(before: DealSpec[], after: DealSpec[], period?: { from: number; to: number }) {
  const result = pipelineBridge(snapshotAt(45800, before), snapshotAt(45830, after), { period });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe("pipelineBridge without a period", () => {
  // A: a 100 open, b 200 open, c 300 open, d 400 open, e 500 open, f 50 lost, g 60 open
  // B: a 150 open (up), b 120 open (down), c won, d lost, e gone (removed), f 70 open (reopened), h 80 new, g 60 same
  const before: DealSpec[] = [
    { id: "a", stage: 2, amount: 100 },
    { id: "b", stage: 3, amount: 200 },
    { id: "c", stage: 5, amount: 300 },
    { id: "d", stage: 4, amount: 400 },
    { id: "e", stage: 1, amount: 500 },
    { id: "f", stage: "lost", amount: 50 },
    { id: "g", stage: 1, amount: 60 },
  ];
  const after: DealSpec[] = [
    { id: "a", stage: 3, amount: 150 },
    { id: "b", stage: 3, amount: 120 },
    { id: "c", stage: 6, amount: 300 },
    { id: "d", stage: "lost", amount: 400 },
    { id: "f", stage: 2, amount: 70 },
    { id: "h", stage: 0, amount: 80 },
    { id: "g", stage: 2, amount: 60 },
  ];
  const bridge = bridgeOf(before, after);

  it("puts each deal in its movement, with the change it makes", () => {
    // start: 100+200+300+400+500+60 = 1560 (6 deals); end: 150+120+70+80+60 = 480 (5 deals)
    expect(bridge.start).toEqual({ count: 6, amount: 1560 });
    expect(bridge.end).toEqual({ count: 5, amount: 480 });
    const figures = Object.fromEntries(bridge.movements.map((m) => [m.kind, [m.count, m.amount]]));
    expect(figures).toEqual({
      new: [1, 80],
      reopened: [1, 70],
      pulledIn: [0, 0],
      amountUp: [1, 50],
      amountDown: [1, -80],
      amountUnknown: [0, 0],
      won: [1, -300],
      lost: [1, -400],
      removed: [1, -500],
      pushedOut: [0, 0],
    });
  });

  it("reconciles: start + movements = end, in amount and count", () => {
    // 1560 + 80 + 70 + 50 − 80 − 300 − 400 − 500 = 480; 6 + 1 + 1 − 1 − 1 − 1 = 5
    expectReconciled(bridge);
  });

  it("lists each movement's deals with their rows at A and B", () => {
    const removed = movement(bridge, "removed").deals[0];
    expect(removed.before?.id).toBe("e");
    expect(removed.after).toBeNull();
    expect(movement(bridge, "new").deals[0].after?.id).toBe("h");
    expect(movement(bridge, "won").deals[0].after?.position.kind).toBe("won");
  });
});

describe("pipelineBridge of a forecast period", () => {
  // A: p 100 in Q3, q 200 after Q3, r 300 in Q3, s 400 no close date
  // B: p 100 after Q3 (pushed out), q 250 in Q3 (pulled in), r 300 in Q3 won, s 400 in Q3 (pulled in)
  const bridge = bridgeOf(
    [
      { id: "p", stage: 4, amount: 100, close: IN_Q3 },
      { id: "q", stage: 4, amount: 200, close: AFTER_Q3 },
      { id: "r", stage: 5, amount: 300, close: IN_Q3 },
      { id: "s", stage: 2, amount: 400 },
    ],
    [
      { id: "p", stage: 4, amount: 100, close: AFTER_Q3 },
      { id: "q", stage: 5, amount: 250, close: IN_Q3 },
      { id: "r", stage: 6, amount: 300, close: IN_Q3 },
      { id: "s", stage: 2, amount: 400, close: IN_Q3 },
    ],
    Q3,
  );

  it("counts deals moving into and out of the period as pulled in and pushed out", () => {
    // start: p 100 + r 300 = 400 (2); end: q 250 + s 400 = 650 (2)
    expect(bridge.start).toEqual({ count: 2, amount: 400 });
    expect(bridge.end).toEqual({ count: 2, amount: 650 });
    expect([movement(bridge, "pulledIn").count, movement(bridge, "pulledIn").amount]).toEqual([2, 650]);
    expect([movement(bridge, "pushedOut").count, movement(bridge, "pushedOut").amount]).toEqual([1, -100]);
    expect(movement(bridge, "won").amount).toBe(-300);
    expectReconciled(bridge); // 400 + 650 − 100 − 300 = 650
  });

  it("refuses a period when a snapshot has no close date column", () => {
    const result = pipelineBridge(snapshotAt(1, []), snapshotAt(2, [], { stage: 0, amount: 1 }), {
      period: Q3,
    });
    expect(!result.ok && result.error.message.en).toMatch(/later snapshot has no close date column/);
  });

  it("refuses a period that ends before it starts", () => {
    const result = pipelineBridge(snapshotAt(1, []), snapshotAt(2, []), { period: { from: 10, to: 5 } });
    expect(result.ok).toBe(false);
  });
});

describe("pipelineBridge with amounts that cannot be read", () => {
  it("shows the change of a deal whose amount is unreadable on one side apart, and still reconciles", () => {
    const bridge = bridgeOf(
      [
        { id: "a", stage: 2, amount: null },
        { id: "b", stage: 2, amount: 100 },
      ],
      [
        { id: "a", stage: 2, amount: 90 },
        { id: "b", stage: 2, amount: null },
      ],
    );
    const unknown = movement(bridge, "amountUnknown");
    expect(unknown.count).toBe(2);
    expect(unknown.amount).toBe(-10); // +90 − 100
    expect(movement(bridge, "amountUp").count).toBe(0);
    expectReconciled(bridge);
  });
});

describe("pipelineBridge of deals without ids", () => {
  it("pairs by opportunity and customer, and counts ambiguous rows as removed and new", () => {
    const noId = { dealId: undefined, opportunity: 1, customer: 2, stage: 4, amount: 5 };
    const before = snapshotAt(
      1,
      [
        { opportunity: "ERP", customer: "Acme", stage: 2, amount: 100 },
        { opportunity: "CRM", customer: "Beta", stage: 2, amount: 10 },
        { opportunity: "CRM", customer: "Beta", stage: 3, amount: 20 },
      ],
      noId,
    );
    const after = snapshotAt(
      2,
      [
        { opportunity: " erp ", customer: "ＡＣＭＥ", stage: 3, amount: 120 },
        { opportunity: "CRM", customer: "Beta", stage: 3, amount: 30 },
      ],
      noId,
    );
    const result = pipelineBridge(before, after);
    if (!result.ok) throw new Error();
    const bridge = result.value;
    expect(movement(bridge, "amountUp").deals[0].after?.customer).toBe("ＡＣＭＥ");
    expect(movement(bridge, "removed").count).toBe(2);
    expect(movement(bridge, "new").count).toBe(1);
    expect(bridge.pairing.unpaired.every((u) => u.kind === "ambiguous")).toBe(true);
    expectReconciled(bridge);
  });
});

describe("pipelineBridge on random pairs (property)", () => {
  const STAGES: StageOf[] = [0, 1, 2, 3, 4, 5, 6, "lost"];
  const NAMES_ONLY = { opportunity: 1, customer: 2, stage: 4, amount: 5, closeDate: 7 };
  it("always reconciles exactly, with and without a period, paired by id or by (repeated) names", () => {
    const random = mulberry32(16);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    for (let trial = 0; trial < 300; trial++) {
      const byName = trial % 3 === 0;
      const size = Math.floor(random() * 30);
      const deal = (i: number): DealSpec => ({
        ...(byName
          ? { opportunity: pick(["ERP", "CRM", "OA", "MES", null]), customer: pick(["Acme", null]) }
          : { id: `d${i}` }),
        stage: pick(STAGES),
        amount: random() < 0.1 ? null : Math.floor(random() * 1000),
        close: random() < 0.1 ? null : 45800 + Math.floor(random() * 200),
      });
      const before = Array.from({ length: size }, (_, i) => deal(i)).filter(() => random() < 0.9);
      const after = Array.from({ length: size + 5 }, (_, i) => deal(i)).filter(() => random() < 0.8);
      const mapping = byName ? NAMES_ONLY : undefined;
      for (const period of [undefined, { from: 45850, to: 45930 }]) {
        const result = pipelineBridge(snapshotAt(1, before, mapping), snapshotAt(2, after, mapping), {
          period,
        });
        if (!result.ok) throw new Error(result.error.message.en);
        expectReconciled(result.value);
      }
    }
  });
});
