import { pairDeals } from "./identity";
import { readOf } from "./testing/snapshotFixtures";

const NO_ID = { opportunity: 1, customer: 2, stage: 4, amount: 5 };

describe("pairDeals", () => {
  it("pairs by deal id first", () => {
    const pairing = pairDeals(
      readOf([{ id: "A", opportunity: "ERP", stage: 1 }]),
      readOf([{ id: "A", opportunity: "renamed", stage: 2 }]),
    );
    expect(pairing.matched).toHaveLength(1);
    expect(pairing.matched[0].rule).toBe("id");
  });

  it("never pairs two different ids by their shared name", () => {
    const pairing = pairDeals(
      readOf([{ id: "A", opportunity: "ERP", stage: 1 }]),
      readOf([{ id: "B", opportunity: "ERP", stage: 1 }]),
    );
    expect(pairing.matched).toHaveLength(0);
    expect(pairing.unpaired.map((u) => u.kind)).toEqual(["absent", "absent"]);
  });

  it("pairs rows without ids by opportunity and customer, normalised", () => {
    const pairing = pairDeals(
      readOf([{ opportunity: "ERP  二期", customer: "Acme", stage: 1 }], NO_ID),
      readOf([{ opportunity: "erp 二期", customer: "ＡＣＭＥ", stage: 2 }], NO_ID),
    );
    expect(pairing.matched[0]?.rule).toBe("name");
  });

  it("lists rows a name cannot tell apart as ambiguous, pairing none of them", () => {
    const pairing = pairDeals(
      readOf(
        [
          { opportunity: "ERP", stage: 1 },
          { opportunity: "ERP", stage: 2 },
        ],
        NO_ID,
      ),
      readOf([{ opportunity: "ERP", stage: 2 }], NO_ID),
    );
    expect(pairing.matched).toHaveLength(0);
    expect(pairing.unpaired.map((u) => [u.side, u.kind])).toEqual([
      ["before", "ambiguous"],
      ["before", "ambiguous"],
      ["after", "ambiguous"],
    ]);
    expect(pairing.notes[0].message.zh).toContain("无法确定");
  });

  it("lists rows with neither an id nor a name as having no identity", () => {
    const pairing = pairDeals(readOf([{ opportunity: null, stage: 1 }], NO_ID), readOf([], NO_ID));
    expect(pairing.unpaired[0].kind).toBe("noIdentity");
  });

  it("notes a deal id on several rows of one snapshot", () => {
    const read = readOf([{ id: "A", stage: 1 }]);
    const repeated = { ...read, histories: [[read.deals[0], read.deals[0]]] };
    const pairing = pairDeals(repeated, read);
    expect(pairing.notes.map((n) => n.kind)).toEqual(["duplicateId"]);
    expect(pairing.notes[0].message.en).toMatch(/“A” is on 2 rows/);
  });
});
