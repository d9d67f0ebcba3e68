/**
 * The report over the workbench's sample pipeline, read and analysed by the real core (readPipeline,
 * pipelineHealth): a well-formed sheet whose figures are the model's, names over the sample's rows and
 * anomaly links to the right rows, at the sample's scale.
 */
import { checkSheetSpec } from "../sheet";
import { cellAt, theCell } from "../sheet/testing/specQueries";
import { valueOf } from "../kernel/testing/results";
import { buildHealthReport } from "./reportSpec";
import { sampleHealth } from "../health/testing/sampleHealth";

const { sample, health, source } = sampleHealth("zh", "商机");
const spec = buildHealthReport(health, source, { language: "zh" });

describe("buildHealthReport over the sample pipeline", () => {
  it("is a sheet a renderer accepts", () => {
    expect(valueOf(checkSheetSpec(spec))).toBe(spec);
  });

  it("names the sample's columns over its 360 data rows", () => {
    const stage = spec.names?.find((n) => n.name === "FUNNEL_DATA_STAGE");
    expect(stage).toMatchObject({ sheet: "商机", range: { row: 1, col: 3, rows: 360, cols: 1 } });
    expect(spec.names?.find((n) => n.name === "FUNNEL_DATA_LOSTAT")?.range.col).toBe(8);
  });

  it("shows the model's headline figures, live where a function computes them", () => {
    const second = theCell(spec, "截至日期").row;
    const first = second - 3;
    const figure = (row: number, col: number) => {
      const cell = cellAt(spec, row, col);
      return cell?.formula ?? cell?.value;
    };
    expect(figure(first + 1, 0)).toBe(health.overall.openPipeline);
    expect(figure(first + 1, 1)).toBe('=FUNNEL.WEIGHTED(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,,"skip")');
    expect(cellAt(spec, first + 2, 1)?.value).toBe(health.overall.weightedPipeline);
    expect(cellAt(spec, first + 2, 2)?.value).toBe(health.overall.winRate);
    expect(figure(first + 1, 3)).toBe(health.overall.averageWonSize);
    expect(cellAt(spec, first + 2, 5)?.value).toBe(health.overall.velocityPerDay);
    expect([1, 2, 3, 4, 5, 6, 7].map((col) => figure(second + 1, col))).toEqual([
      health.overall.open,
      health.overall.won,
      health.overall.lost,
      new Set(health.anomalies.map((anomaly) => anomaly.dealId)).size,
      health.rowsRead,
      health.rowsUsed,
      health.skipped.length,
    ]);
    // The sample's deals with anomalies are fewer than their anomalies, counted in the caption.
    expect(figure(second + 1, 4)).toBeLessThan(health.anomalies.length);
    expect(figure(second + 2, 4)).toBe(`${health.anomalies.length} 项异常`);
  });

  it("keeps the conversions live, passing the sample's lost-at column as the outcomes", () => {
    const first = theCell(spec, "下一阶段转化率").row + 1;
    const last = first + health.stages.length;
    expect(cellAt(spec, first, 5)?.formula).toBe(
      `=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A${first + 1}:A${last - 1},A${first + 2}:A${last},FUNNEL_DATA_LOSTAT,,,,,"skip")`,
    );
  });

  it("links every anomaly to its deal's row", () => {
    expect(health.anomalies.length).toBeGreaterThan(0);
    const first = theCell(spec, "说明").row + 1;
    health.anomalies.forEach((anomaly, i) => {
      const cell = cellAt(spec, first + i, 1);
      expect(cell?.value).toBe(anomaly.dealId);
      expect(cell?.link).toEqual({ sheet: "商机", address: `A${anomaly.row + 2}` });
      // The linked row holds that deal: its opportunity name is the deal id here.
      expect(sample.rows[anomaly.row][0]).toBe(anomaly.dealId);
    });
  });
});
