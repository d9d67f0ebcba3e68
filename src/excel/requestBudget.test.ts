import { CALL_BYTES, requestBudget } from "./requestBudget";

/** A context whose syncs are counted. */
function counting() {
  let syncs = 0;
  const context = { sync: async () => void (syncs += 1) } as unknown as Excel.RequestContext;
  return { context, syncs: () => syncs };
}

describe("requestBudget", () => {
  it("sends nothing early while the request stays within the budget", async () => {
    const { context, syncs } = counting();
    const budget = requestBudget(context, 2, 10 * CALL_BYTES);
    for (let i = 0; i < 8; i++) await budget.spend(1);
    expect(syncs()).toBe(0);
    expect(budget.syncs).toBe(0);
  });

  it("syncs what is queued before a piece that would take the request over the budget", async () => {
    const { context, syncs } = counting();
    const budget = requestBudget(context, 0, 10 * CALL_BYTES);
    await budget.spend(6);
    await budget.spend(4);
    expect(syncs()).toBe(0);
    await budget.spend(1);
    expect(syncs()).toBe(1);
    await budget.spend(9);
    await budget.spend(1);
    expect(syncs()).toBe(2);
    expect(budget.syncs).toBe(2);
  });

  it("counts the data a call carries, as JSON in UTF-8", async () => {
    const { context, syncs } = counting();
    // [["阶段"]] is 12 bytes (a Chinese character takes three), "xx…x" 82 with its quotes: exactly the budget.
    const budget = requestBudget(context, 0, 2 * CALL_BYTES + 12 + 82);
    await budget.spend(1, [["阶段"]]);
    await budget.spend(1, "x".repeat(80));
    expect(syncs()).toBe(0);
    await budget.spend(0, "a");
    expect(syncs()).toBe(1);
  });

  it("never syncs an empty request, however large the first piece", async () => {
    const { context, syncs } = counting();
    const budget = requestBudget(context, 0, CALL_BYTES);
    await budget.spend(50);
    expect(syncs()).toBe(0);
    await budget.spend(1);
    expect(syncs()).toBe(1);
  });
});
