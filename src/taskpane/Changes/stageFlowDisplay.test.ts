import { flowData, flowLayout, flowRows } from "./stageFlowDisplay";
import { markovChanges } from "./testing/markovHistory";

describe("the flow of stage moves", () => {
  const { sankey } = markovChanges().moves;

  it("names the nodes in the pane's language with their deals, and weighs each link by its deals", () => {
    const data = flowData(sankey, "en");
    const name = (id: string) => data.nodes.find((n) => n.id === id)?.name;
    expect(data.links.map((l) => [name(l.source), name(l.target), l.deals])).toEqual(
      expect.arrayContaining([
        ["Negotiation", "Closed won", 2],
        ["Shortlisted", "Negotiation", 1],
        ["Negotiation", "Negotiation", 1],
      ]),
    );
    expect(data.nodes.map((n) => [n.side, n.name, n.deals, n.tone])).toEqual([
      ["before", "Shortlisted", 2, "stage"],
      ["before", "Negotiation", 4, "stage"],
      ["after", "Negotiation", 2, "stage"],
      ["after", "Closed won", 2, "won"],
      ["after", "Closed lost", 2, "lost"],
    ]);
    expect(flowData(sankey, "zh").nodes.map((n) => n.name)).toContain("谈判客户");
  });

  it("lists the links most deals first", () => {
    const rows = flowRows(sankey, "zh");
    expect(rows[0]).toEqual(["谈判客户", "成交客户", "2"]);
    expect(rows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(6);
  });

  it.each([320, 450])(
    "keeps names and bars inside %i px, A's names left of their bars and B's right",
    (width) => {
      const layout = flowLayout(flowData(sankey, "en"), width);
      const before = layout.nodes.filter((n) => n.side === "before");
      const after = layout.nodes.filter((n) => n.side === "after");
      expect(before.every((n) => n.anchor === "end" && n.textX <= n.x && n.textX > 0)).toBe(true);
      expect(after.every((n) => n.anchor === "start" && n.textX >= n.x + 8 && n.textX < width)).toBe(true);
      expect(Math.max(...after.map((n) => n.x + 8))).toBeLessThan(width);
      expect(before[0].lines).toEqual(["Shortlisted 2"]);
      // Each node's bands fill it: a node's links, at that end, add up to its height.
      expect(layout.links).toHaveLength(5);
      expect(layout.height).toBeGreaterThan(0);
    },
  );

  it("puts the names that need it on two lines in a 320 px pane, whole", () => {
    const data = {
      nodes: [
        { id: "A:3", side: "before" as const, name: "Project approved", deals: 17, tone: "stage" as const },
        { id: "B:4", side: "after" as const, name: "Shortlisted", deals: 17, tone: "stage" as const },
      ],
      links: [{ source: "A:3", target: "B:4", deals: 17 }],
    };
    const layout = flowLayout(data, 320);
    expect(layout.nodes[0].lines).toEqual(["Project", "approved 17"]);
    expect(layout.nodes[0].height).toBeGreaterThanOrEqual(2 * 13);
  });
});
