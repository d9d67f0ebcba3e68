import { valueOf } from "../kernel/testing/results";
import { LOST_POSITION, DEFAULT_SCHEME, type StagePosition } from "./stageScheme";
import { lostAtIndexOf } from "./stageOfLoss";

const at = (label: unknown): StagePosition => valueOf(DEFAULT_SCHEME.resolve(label));

describe("lostAtIndexOf", () => {
  it("rejects lost and the won stage as a stage of loss", () => {
    const lost = lostAtIndexOf(LOST_POSITION, DEFAULT_SCHEME);
    const won = lostAtIndexOf(at("成交"), DEFAULT_SCHEME);
    expect(lost.ok || lost.error.code).toBe("VALUE");
    expect(won.ok || won.error.code).toBe("VALUE");
    expect(won.ok || won.error.message.zh).toContain("成交客户");
  });

  it("gives the index of an open stage", () => {
    expect(lostAtIndexOf(at("立项"), DEFAULT_SCHEME)).toEqual({ ok: true, value: 3 });
  });
});
