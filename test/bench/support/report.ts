/**
 * The benchmark's table: one row per figure with its value, its baseline measured in the same run, the
 * ratio of the two, its target and whether the target is met.
 */

/** Whether a row's target is met; "" for a row without a target. */
export type Verdict = "MET" | "NOT MET" | "";

/** One row of the table. */
export interface BenchRow {
  /** What is measured, e.g. "FUNNEL.WEIGHTED". */
  readonly figure: string;
  /** The input size, e.g. "1,048,576 rows". */
  readonly size: string;
  readonly value: string;
  /** The baseline the value is compared with (what it is, and its figure). */
  readonly baseline: string;
  /** value ÷ baseline, e.g. "2.4×". */
  readonly ratio: string;
  readonly target: string;
  readonly verdict: Verdict;
}

/** A section of the table: a heading and its rows. */
export interface BenchSection {
  readonly title: string;
  readonly rows: readonly BenchRow[];
  /** Lines printed under the section (what the baseline is, caveats). */
  readonly notes?: readonly string[];
}

/**
 * A number with thousands separators.
 * @example count(1048576) // "1,048,576"
 */
export const count = (n: number): string => Math.round(n).toLocaleString("en-US");

/**
 * Milliseconds with three significant digits.
 * @example ms(12.3456) // "12.3 ms"
 */
export const ms = (value: number): string =>
  `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 1 ? value.toFixed(2) : value.toFixed(3)} ms`;

/**
 * A ratio, e.g. "2.40×".
 * @example times(2.4) // "2.40×"
 */
export const times = (value: number): string =>
  Number.isFinite(value) ? `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}×` : "–";

/**
 * Bytes as KB (1,024 bytes) with one decimal.
 * @example kb(20996) // "20.5 KB"
 */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Bytes as MB (2^20 bytes).
 * @example mb(524288000) // "500 MB"
 */
export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/**
 * "MET" when `met`, else "NOT MET".
 * @example verdict(3 <= 4) // "MET"
 */
export const verdict = (met: boolean): Verdict => (met ? "MET" : "NOT MET");

const COLUMNS: readonly (keyof BenchRow)[] = [
  "figure",
  "size",
  "value",
  "baseline",
  "ratio",
  "target",
  "verdict",
];
const HEADINGS: Readonly<Record<keyof BenchRow, string>> = {
  figure: "Figure",
  size: "Size",
  value: "Value",
  baseline: "Baseline",
  ratio: "Ratio",
  target: "Target",
  verdict: "Met?",
};

/** The display width of a text: a CJK character takes two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char) ? 2 : 1;
  return columns;
}

const pad = (text: string, columns: number) => text + " ".repeat(Math.max(0, columns - width(text)));

/**
 * The table as text: a title, the machine line, then each section with aligned columns.
 * @example console.log(formatTable("FUNNEL benchmark", machineLine(), sections))
 */
export function formatTable(title: string, machine: string, sections: readonly BenchSection[]): string {
  const all = sections.flatMap((section) => section.rows);
  const widths = COLUMNS.map((column) =>
    Math.max(width(HEADINGS[column]), ...all.map((row) => width(row[column]))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]))
      .join(" │ ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  const out = [title, machine, "", line(COLUMNS.map((c) => HEADINGS[c])), rule];
  for (const section of sections) {
    out.push(`▸ ${section.title}`);
    for (const row of section.rows) out.push(line(COLUMNS.map((c) => row[c])));
    for (const note of section.notes ?? []) out.push(`    ${note}`);
  }
  const verdicts = all.filter((row) => row.verdict !== "");
  const met = verdicts.filter((row) => row.verdict === "MET").length;
  out.push(rule, `Targets met: ${met} of ${verdicts.length}.`);
  return out.join("\n");
}
