/**
 * A small builder for sheet specs: collects cells, merges and validations, refuses to write a cell
 * twice or to overlap merges (programming errors), and hands back a frozen {@link SheetSpec}.
 */
import type { Bilingual, Language } from "../kernel";
import type { CellRange, CellSpec, CellStyle, NamedRangeSpec, SheetSpec, ValidationSpec } from "./sheetSpec";
import { cellAddress } from "./a1";

/** What every template builder receives. */
export interface TemplateOptions {
  readonly language: Language;
  /** Customer name written into the header. */
  readonly customer?: string;
  /** Opportunity (deal) name written into the header. */
  readonly opportunity?: string;
  /** Date of the assessment as an Excel serial number (1 = 1900-01-01). */
  readonly date?: number;
  /** The deal's owner (负责人), written into the header when given (an evaluation started from a deal). */
  readonly owner?: string;
  /** The deal's id (商机编号), written into the header when given (an evaluation started from a deal). */
  readonly dealId?: string;
}

/** The parts of a spec the builder does not collect itself. */
export type SheetSettings = Omit<SheetSpec, "name" | "cells" | "merges" | "validations">;

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** Collects the cells of one sheet in one language. */
export class SheetBuilder {
  private readonly cells = new Map<string, CellSpec>();
  private readonly merges: CellRange[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly sheetNames: NamedRangeSpec[] = [];

  /**
   * @example const sheet = new SheetBuilder("zh");
   */
  constructor(readonly language: Language) {}

  /**
   * The text in the sheet's language.
   * @example new SheetBuilder("en").text({ zh: "日期", en: "Date" }) // "Date"
   */
  text(text: Bilingual): string {
    return text[this.language];
  }

  /**
   * Adds a cell.
   * @throws RangeError for a cell written twice or holding both a value and a formula (programming errors).
   * @example sheet.put({ row: 0, col: 0, value: "初步销售机会评估" })
   */
  put(cell: CellSpec): this {
    const key = cellAddress(cell.row, cell.col);
    if (this.cells.has(key)) throw new RangeError(`Cell ${key} is written twice.`);
    if (cell.value !== undefined && cell.formula !== undefined) {
      throw new RangeError(`Cell ${key} has both a value and a formula.`);
    }
    this.cells.set(key, cell);
    return this;
  }

  /**
   * A literal value (text, number or boolean).
   * @example sheet.value(2, 1, "客户名称", { bold: true })
   */
  value(row: number, col: number, value: string | number | boolean, style?: CellStyle): this {
    return this.put({ row, col, value, ...(style ? { style } : {}) });
  }

  /**
   * A formula (an output: locked).
   * @throws RangeError for a formula that does not start with "=" (a programming error).
   * @example sheet.formula(9, 3, "=SUM(D4:D8)")
   */
  formula(row: number, col: number, formula: string, style?: CellStyle): this {
    if (!formula.startsWith("=")) throw new RangeError(`A formula starts with "=": ${formula}`);
    return this.put({ row, col, formula, ...(style ? { style } : {}) });
  }

  /**
   * An input cell the user fills (unlocked), optionally with a starting value.
   * @example sheet.input(2, 2, { border: "thin" }, "Contoso")
   */
  input(row: number, col: number, style?: CellStyle, value?: string | number | boolean): this {
    return this.put({
      row,
      col,
      input: true,
      ...(value !== undefined ? { value } : {}),
      ...(style ? { style } : {}),
    });
  }

  /**
   * Merges a range.
   * @throws RangeError for a range of one cell or one overlapping another merge (programming errors).
   * @example sheet.merge({ row: 0, col: 0, rows: 1, cols: 4 })
   */
  merge(range: CellRange): this {
    if (range.rows * range.cols < 2) throw new RangeError("A merge covers at least two cells.");
    if (this.merges.some((merged) => overlaps(merged, range))) {
      throw new RangeError(`Merge at ${cellAddress(range.row, range.col)} overlaps another merge.`);
    }
    this.merges.push(range);
    return this;
  }

  /**
   * Adds a validation (a dropdown or a number rule).
   * @example sheet.validate({ range: { row: 5, col: 3, rows: 7, cols: 1 }, kind: "list", values: ["是", "否"] })
   */
  validate(validation: ValidationSpec): this {
    this.validations.push(validation);
    return this;
  }

  /**
   * Names a range of this sheet for this sheet only (a sheet-scoped name, see NamedRangeSpec.scope): the add-in
   * finds a form's answers by these names wherever rows were inserted and whatever the sheet is called.
   * @example sheet.nameRange("FUNNEL_EVAL_CONDITIONS", { row: 6, col: 2, rows: 7, cols: 1 })
   */
  nameRange(name: string, range: CellRange): this {
    this.sheetNames.push({ name, range, scope: "sheet" });
    return this;
  }

  /**
   * The finished spec, cells in row then column order.
   * @example sheet.build("初步评估", { page: { orientation: "portrait" } }).name // "初步评估"
   */
  build(name: string, settings: SheetSettings): SheetSpec {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const names = [...(settings.names ?? []), ...this.sheetNames];
    return Object.freeze({
      name,
      ...settings,
      ...(names.length > 0 ? { names: Object.freeze(names) } : {}),
      cells: Object.freeze(cells),
      merges: Object.freeze([...this.merges]),
      validations: Object.freeze([...this.validations]),
    });
  }
}
