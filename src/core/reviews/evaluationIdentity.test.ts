import { identityText, readIdentity } from "./evaluationIdentity";

describe("the evaluation identity", () => {
  it("refuses what is not the add-in's text", () => {
    for (const value of [null, "", 42, "funnel-evaluation", "my notes"])
      expect(readIdentity(value).ok).toBe(false);
  });

  it("refuses an identity whose text was edited, even by one character", () => {
    const text = identityText({ kind: "secondary", version: 1, dealId: "D-01" });
    expect(readIdentity(text.replace("D-01", "D-02")).ok).toBe(false);
    expect(readIdentity(text.slice(0, -1)).ok).toBe(false);
  });

  it("refuses a kind or a version the add-in does not know", () => {
    expect(readIdentity(identityText({ kind: "secondary", version: 2, dealId: "D" })).ok).toBe(false);
    const unknown = identityText({ kind: "fab" as never, version: 1, dealId: "D" });
    expect(readIdentity(unknown).ok).toBe(false);
  });

  it("reads back the kind, version and deal id, whatever characters the id holds", () => {
    for (const dealId of ["D-01", "华为 2025 #3", 'a "quoted" } id', "=1+1"]) {
      const identity = { kind: "negotiationReadiness" as const, version: 1, dealId };
      expect(readIdentity(identityText(identity))).toEqual({ ok: true, value: identity });
    }
  });
});
