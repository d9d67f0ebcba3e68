import { EVALUATION_NAMES } from "../templates";
import { dealEvidence, evidenceCells } from "./dealEvidence";
import { checkGates } from "./gates";
import { identityText } from "./evaluationIdentity";
import { identityCells, recogniseEvaluations, type SheetNames } from "./evaluationsFound";

const id = (kind: "stageCheck" | "secondary" | "negotiationReadiness", dealId: string) =>
  identityText({ kind, version: 1, dealId });
const sheet = (name: string, ...names: [string, string | null][]): SheetNames => ({
  sheet: name,
  names: [[EVALUATION_NAMES.identity, "$J$1"] as [string, string | null], ...names].map(([n, address]) => ({
    name: n,
    address,
  })),
});

describe("recogniseEvaluations", () => {
  it("ignores sheets without the identity name", () => {
    const sheets = [{ sheet: "my notes", names: [{ name: "FUNNEL_DEAL_ID", address: "$C$5" }] }];
    expect(identityCells(sheets)).toEqual([]);
    expect(recogniseEvaluations(sheets, [])).toEqual({ found: [], unrecognised: [] });
  });

  it("recognises a sheet by its identity whatever the sheet is called", () => {
    const sheets = [sheet("Bob's renamed tab", [EVALUATION_NAMES.conditions, "$C$8:$C$14"])];
    const { found } = recogniseEvaluations(sheets, [id("negotiationReadiness", "D-1")]);
    expect(found[0].identity).toEqual({ kind: "negotiationReadiness", version: 1, dealId: "D-1" });
    expect(found[0].ranges.get(EVALUATION_NAMES.conditions)).toEqual({ row: 7, col: 2, rows: 7, cols: 1 });
  });

  it("lists a sheet whose identity is damaged or deleted as not recognised, never guessed", () => {
    const sheets = [sheet("A"), { sheet: "B", names: [{ name: EVALUATION_NAMES.identity, address: null }] }];
    const { found, unrecognised } = recogniseEvaluations(sheets, [`${id("secondary", "D-1")}x`]);
    expect(found).toEqual([]);
    expect(unrecognised.map((u) => u.sheet)).toEqual(["A", "B"]);
    expect(unrecognised[0].reason.en).toContain("damaged");
  });
});

describe("dealEvidence", () => {
  const sheets = [
    sheet("阶段判定", [EVALUATION_NAMES.markers, "$D$8:$D$14"]),
    sheet("二次评估", [EVALUATION_NAMES.worthRatings, "$D$9:$D$13"]),
    sheet("谈判条件", [EVALUATION_NAMES.conditions, null]),
  ];
  const { found } = recogniseEvaluations(sheets, [
    id("stageCheck", "D-1"),
    id("secondary", "D-1"),
    id("negotiationReadiness", "D-1"),
  ]);

  it("reads the ranges still named, one entry per sheet with evidence", () => {
    expect(evidenceCells(found)).toEqual([
      { sheet: "阶段判定", address: "D8:D14" },
      { sheet: "二次评估", address: "D9:D13" },
    ]);
  });

  it("reads what it can and names each cell it could not, and a range that is gone", () => {
    const markers = [["是"], ["是"], ["maybe"], [""], [""], [""], [""]];
    const ratings = [["－"], ["eight"], ["－"], ["＋"], ["－"]];
    const read = dealEvidence(found, [markers, ratings]).get("D-1")!;
    expect(read.evidence.markers).toEqual([true, true, null, null, null, null, null]);
    expect(read.evidence.secondary).toEqual({ verdict: "not-worth" });
    expect(read.evidence.conditions).toEqual([]);
    expect(read.unreadable.map((u) => `${u.sheet}!${u.address}`)).toEqual([
      "阶段判定!D10",
      "二次评估!D10",
      "谈判条件!A1",
    ]);
    expect(read.unreadable[1].reason.zh).toContain("eight");
  });

  it("counts a sheet whose answers' range is gone as a sheet with nothing answered, not as no sheet", () => {
    const read = dealEvidence(found, [[], []]).get("D-1")!;
    const failures = checkGates({ position: { kind: "open", index: 5 }, closeDate: null }, read.evidence, {
      asOf: 45900,
    });
    const negotiation = failures.find((f) => f.rule.id === "negotiationEntry")!;
    expect(negotiation.detail.en).toContain("0 of 7 conditions met");
    expect(negotiation.detail.en).not.toContain("no negotiation readiness sheet");
  });
});
