/**
 * The charts of the recording Excel: `worksheet.charts.add` and what is set on a chart afterwards — title,
 * position, series names, values, categories and colours, the category axis's plot order, the legend, the data
 * labels, the value axis's number format and the points' colours — recorded per sheet, and the
 * chart's deletion. Every call names its chart's type as the kind of object it acts on, so a test can make a
 * call fail on one type only ("chart.title@Funnel"). Never shipped.
 */

/** A chart after the calls. */
export interface RecordedChart {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  position?: { start: string; end?: string };
  series: { name?: string; values?: string; categories?: string; color?: string; pointColors?: string[] }[];
  reversePlotOrder?: boolean;
  legend?: { visible?: boolean; position?: string };
  dataLabels?: { showValue?: boolean; numberFormat?: string };
  valueAxisNumberFormat?: string;
}

/** Queues a call on an object of `kind` (see recordingBatch.ts). */
export type Act = (call: string, apply: () => void, sent?: unknown, kind?: string) => void;

type RangeLike = { address: string };

/**
 * The `charts` collection of a worksheet whose charts are recorded into `charts`.
 * @example worksheet.charts = recordingCharts(act, () => sheet().charts)
 */
export function recordingCharts(act: Act, charts: () => RecordedChart[]) {
  const seriesOf = (record: RecordedChart, index: () => number) => ({
    set name(name: string) {
      act("series.name", () => (record.series[index()].name = name), name, record.type);
    },
    setValues: (range: RangeLike) =>
      act("series.setValues", () => (record.series[index()].values = range.address), undefined, record.type),
    setXAxisValues: (range: RangeLike) =>
      act(
        "series.setXAxisValues",
        () => (record.series[index()].categories = range.address),
        undefined,
        record.type,
      ),
    format: {
      fill: {
        setSolidColor: (color: string) =>
          act("series.fill", () => (record.series[index()].color = color), color, record.type),
      },
      line: {
        set color(color: string) {
          act("series.line.color", () => (record.series[index()].color = color), color, record.type);
        },
      },
    },
    points: {
      getItemAt: (i: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              act(
                "point.fill",
                () => {
                  const series = record.series[index()];
                  series.pointColors = series.pointColors ?? [];
                  series.pointColors[i] = color;
                },
                color,
                record.type,
              ),
          },
        },
      }),
    },
  });
  return {
    add: (type: string, source: RangeLike, seriesBy?: string) => {
      const record: RecordedChart = {
        type,
        source: source.address,
        seriesBy,
        series: [{ values: source.address }],
      };
      let added = false;
      act("charts.add", () => void (added = charts().push(record) > 0), undefined, type);
      return {
        title: {
          set text(text: string) {
            act("chart.title", () => (record.title = text), text, type);
          },
        },
        setPosition: (start: string | RangeLike, end?: string | RangeLike) =>
          act(
            "chart.setPosition",
            () => {
              const address = (at: string | RangeLike) => (typeof at === "string" ? at : at.address);
              record.position = { start: address(start), end: end === undefined ? undefined : address(end) };
            },
            undefined,
            type,
          ),
        /** Deletes this chart — none when its add failed, as in Excel. */
        delete: () =>
          act(
            "chart.delete",
            () => {
              const index = charts().indexOf(record);
              if (index < 0) {
                const code = added ? "ItemNotFound" : "InvalidObjectPath";
                throw Object.assign(new Error(`the ${type} chart is not there`), { code });
              }
              charts().splice(index, 1);
            },
            undefined,
            type,
          ),
        series: {
          getItemAt: (i: number) =>
            seriesOf(record, () => {
              if (!record.series[i]) throw new Error(`ItemNotFound: no series ${i}`);
              return i;
            }),
          add: (name?: string) => {
            let index = -1;
            act("series.add", () => (index = record.series.push({ name }) - 1), name, type);
            return seriesOf(record, () => index);
          },
        },
        legend: {
          set visible(visible: boolean) {
            act("legend.visible", () => (record.legend = { ...record.legend, visible }), visible, type);
          },
          set position(position: string) {
            act("legend.position", () => (record.legend = { ...record.legend, position }), position, type);
          },
        },
        dataLabels: {
          set showValue(showValue: boolean) {
            act(
              "dataLabels.showValue",
              () => (record.dataLabels = { ...record.dataLabels, showValue }),
              showValue,
              type,
            );
          },
          set numberFormat(numberFormat: string) {
            act(
              "dataLabels.numberFormat",
              () => (record.dataLabels = { ...record.dataLabels, numberFormat }),
              numberFormat,
              type,
            );
          },
        },
        axes: {
          valueAxis: {
            set numberFormat(numberFormat: string) {
              act(
                "valueAxis.numberFormat",
                () => (record.valueAxisNumberFormat = numberFormat),
                numberFormat,
                type,
              );
            },
          },
          categoryAxis: {
            set reversePlotOrder(reverse: boolean) {
              act(
                "categoryAxis.reversePlotOrder",
                () => (record.reversePlotOrder = reverse),
                undefined,
                type,
              );
            },
          },
        },
      };
    },
  };
}
