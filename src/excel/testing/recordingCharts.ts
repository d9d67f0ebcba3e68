/**
 * The charts of the recording Excel: `worksheet.charts.add` and what is set on a chart afterwards — title,
 * position, series names, values and categories, the category axis's plot order — recorded per sheet.
 * Never shipped.
 */

/** A chart after the calls. */
export interface RecordedChart {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  position?: { start: string; end?: string };
  series: { name?: string; values?: string; categories?: string }[];
  reversePlotOrder?: boolean;
}

/** Applies a call unless its batch already failed (see installRecordingExcel). */
export type Act = (call: string, apply: () => void) => void;

type RangeLike = { address: string };

/**
 * The `charts` collection of a worksheet whose charts are recorded into `charts`.
 * @example worksheet.charts = recordingCharts(act, () => sheet().charts)
 */
export function recordingCharts(act: Act, charts: () => RecordedChart[]) {
  const seriesOf = (record: RecordedChart, index: () => number) => ({
    set name(name: string) {
      act("series.name", () => (record.series[index()].name = name));
    },
    setValues: (range: RangeLike) =>
      act("series.setValues", () => (record.series[index()].values = range.address)),
    setXAxisValues: (range: RangeLike) =>
      act("series.setXAxisValues", () => (record.series[index()].categories = range.address)),
  });
  return {
    add: (type: string, source: RangeLike, seriesBy?: string) => {
      const record: RecordedChart = {
        type,
        source: source.address,
        seriesBy,
        series: [{ values: source.address }],
      };
      act("charts.add", () => charts().push(record));
      return {
        title: {
          set text(text: string) {
            act("chart.title", () => (record.title = text));
          },
        },
        setPosition: (start: string | RangeLike, end?: string | RangeLike) =>
          act("chart.setPosition", () => {
            const address = (at: string | RangeLike) => (typeof at === "string" ? at : at.address);
            record.position = { start: address(start), end: end === undefined ? undefined : address(end) };
          }),
        series: {
          getItemAt: (i: number) =>
            seriesOf(record, () => {
              if (!record.series[i]) throw new Error(`ItemNotFound: no series ${i}`);
              return i;
            }),
          add: (name?: string) => {
            let index = -1;
            act("series.add", () => (index = record.series.push({ name }) - 1));
            return seriesOf(record, () => index);
          },
        },
        axes: {
          categoryAxis: {
            set reversePlotOrder(reverse: boolean) {
              act("categoryAxis.reversePlotOrder", () => (record.reversePlotOrder = reverse));
            },
          },
        },
      };
    },
  };
}
