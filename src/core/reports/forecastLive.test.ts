import { DEFAULT_SCHEME } from "../stages";
import { forecastLive } from "./forecastLive";
import { liveFormulas, type ForecastCall } from "./liveFormulas";
import { FORECAST } from "./testing/forecastFixture";
import { HEALTH, MAPPING, SOURCE } from "./testing/healthFixture";

const echo = { forecast: (call: ForecastCall) => JSON.stringify(call) };
const asDefault = { ...FORECAST, calibrated: false };

describe("forecastLive", () => {
  it("offers no formula when FUNNEL.FORECAST cannot read the data", () => {
    expect(forecastLive({}, asDefault, DEFAULT_SCHEME)).toEqual({});
    const undated = Object.fromEntries(Object.entries(MAPPING).filter(([role]) => role !== "closeDate"));
    const live = liveFormulas(HEALTH, { ...SOURCE, mapping: undated }, {});
    expect(live.weightedPipeline).toBeDefined();
    expect(forecastLive(live, asDefault, DEFAULT_SCHEME)).toEqual({});
  });

  it("writes values, saying why, when the forecast uses the calibrated rates", () => {
    const live = forecastLive(echo, FORECAST, DEFAULT_SCHEME);
    expect(live.formula).toBeUndefined();
    expect(live.valuesBecause?.en).toContain("does not read them");
  });

  it("leaves out the default categories and gives the target only to a call asking for the probability", () => {
    const formula = forecastLive(echo, asDefault, DEFAULT_SCHEME).formula!;
    expect(JSON.parse(formula("B5:B7", "C5:C7", ["won", "p50"]))).toEqual({
      fromCells: "B5:B7",
      toCells: "C5:C7",
      figures: ["won", "p50"],
    });
    expect(JSON.parse(formula("B5:B7", "C5:C7", ["won", "probability"]))).toMatchObject({ target: 1000 });
  });

  it("passes other categories as 1-based stage numbers", () => {
    const formula = forecastLive(
      echo,
      { ...asDefault, commitIndex: 4, bestCaseIndex: 4 },
      DEFAULT_SCHEME,
    ).formula!;
    expect(JSON.parse(formula("B5", "C5", ["commit"]))).toMatchObject({ commitStage: 5, bestCaseStage: 5 });
  });

  it("builds one FUNNEL.FORECAST over the amount, stage and close-date names, the figures as a row", () => {
    const formula = forecastLive(liveFormulas(HEALTH, SOURCE, {}), asDefault, DEFAULT_SCHEME).formula!;
    expect(formula("B5:B7", "C5:C7", ["won", "probability"])).toBe(
      '=FUNNEL.FORECAST(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,FUNNEL_DATA_CLOSE,B5:B7,C5:C7,{"won","probability"},1000,,,,"skip")',
    );
    expect(formula("B5", "C5", ["p90"])).toBe(
      '=FUNNEL.FORECAST(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,FUNNEL_DATA_CLOSE,B5,C5,"p90",,,,,"skip")',
    );
  });
});
