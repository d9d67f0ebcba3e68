import { SheetBuilder } from "../sheet";
import { cellAt } from "../sheet/testing/specQueries";
import { writeCalibrationTable } from "./calibrationTable";
import { FORECAST } from "./testing/forecastFixture";

const write = (language: "zh" | "en", rows = FORECAST.calibration) => {
  const sheet = new SheetBuilder(language);
  const layout = writeCalibrationTable(sheet, 4, rows);
  return { layout, spec: sheet.build("S", {}) };
};
const row = (spec: ReturnType<typeof write>["spec"], r: number) =>
  Array.from({ length: 6 }, (_, col) => cellAt(spec, r, col)?.value);

describe("writeCalibrationTable", () => {
  it("writes only the heads for no stage", () => {
    const { layout, spec } = write("en", []);
    expect(layout.rows).toBe(0);
    expect(row(spec, 5)).toEqual([
      "Stage",
      "Default probability",
      "Measured win rate",
      "Closed deals",
      "Difference",
      "Used in forecast",
    ]);
  });

  it("puts each stage's default probability beside its measured rate, blank where none was measured", () => {
    const { layout, spec } = write("zh");
    expect(layout).toEqual({ firstRow: 6, rows: 3, firstCol: 0 });
    expect(row(spec, 6)).toEqual(["目标客户", 0.05, 0.5, 4, 0.45, 0.5]);
    expect(row(spec, 7)).toEqual(["潜在客户", 0.1, undefined, 0, undefined, 0.1]);
    expect(cellAt(spec, 6, 4)?.style?.numberFormat).toBe("+0.0%;-0.0%;0.0%");
    expect(cellAt(spec, 6, 1)?.style?.numberFormat).toBe("0.0%");
    expect(cellAt(spec, 4, 0)?.value).toBe("阶段赢单概率：默认与按历史测算");
  });
});
