import { schemeFromList, DEFAULT_SCHEME, LOST_POSITION, positionAt } from "../stages";
import { errorOf, valueOf } from "../kernel/testing/results";
import { stageReader } from "./stageCells";

const read = stageReader(DEFAULT_SCHEME);
const at = (index: number) => positionAt(DEFAULT_SCHEME, index);

describe("stageReader", () => {
  it("reads what the scheme reads", () => {
    expect(valueOf(read("谈判"))).toBe(at(5));
    expect(valueOf(read(3))).toBe(at(2));
    expect(valueOf(read("Closed Lost"))).toBe(LOST_POSITION);
  });

  it("reads a label in two languages when every part names the same stage", () => {
    const labels: [string, number][] = [
      ["谈判 Negotiation", 5],
      ["谈判Negotiation", 5],
      ["谈判/Negotiation", 5],
      ["Negotiation（谈判）", 5],
      ["6. 谈判", 5],
      ["6 Negotiation", 5],
      ["成交 Closed Won", 6],
    ];
    for (const [label, index] of labels) expect([label, valueOf(read(label))]).toEqual([label, at(index)]);
  });

  it("keeps the unknown-stage failure when the parts disagree or name nothing", () => {
    for (const label of ["3 谈判", "Stage 6", "谈判 丢单", "意向?"]) {
      expect(errorOf(read(label)).message.en).toContain(`Unknown stage “${label}”`);
    }
  });

  it("reports an Excel error value as an error to fix", () => {
    expect(errorOf(read("#N/A")).message.en).toBe(
      "The cell shows the error #N/A: fix its formula or reference first.",
    );
    expect(errorOf(read("#REF!")).message.zh).toContain("#REF!");
  });

  it("reads a team's own stages in two languages too", () => {
    const custom = valueOf(schemeFromList([["Prospecting"], ["Engaging"], ["Won"], ["Lost"]]));
    expect(valueOf(stageReader(custom)("Engaging / Engaging"))).toBe(positionAt(custom, 1));
  });
});
