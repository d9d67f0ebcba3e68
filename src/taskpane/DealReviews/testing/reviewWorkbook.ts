/**
 * A pipeline table for the Deal reviews view's tests, its stages named as core/stages names them, and helpers to
 * answer an evaluation sheet the fake gateway holds. Never shipped.
 */
import { cellAddress, type SheetSpec } from "../../../core/sheet";
import { STAGES } from "../../../core/stages";
import type { FakeGateway, FakeTable } from "../../testing/fakeGateway";

/** The stage's Chinese name (the glossary's, whatever it is now). */
const stage = (index: number) => STAGES[index].name.zh;

/** Three open deals: D-1 at 意向 (index 2), D-2 in 谈判 (index 5), D-3 at 立项 (index 3). */
export const REVIEW_PIPELINE: FakeTable = {
  sheet: "CRM",
  header: ["商机编号", "客户", "商机名称", "负责人", "阶段", "金额", "预计成交日期"],
  rows: [
    ["D-1", "华为", "ERP", "王芳", stage(2), 100, 45930],
    ["D-2", "腾讯", "CRM 升级", "李雷", stage(5), 200, 45940],
    ["D-3", "阿里", "数据平台", "张伟", stage(3), 300, 45950],
  ],
};

/** The as-of date of the tests: 2025-09-01. */
export const REVIEW_TODAY = () => new Date(2025, 8, 1);

/**
 * Types `answers` into the range named `name` of the sheet `sheet` (made from `spec`), one per cell, as a rep does.
 * @example answer(fake, "谈判条件", spec, "FUNNEL_EVAL_CONDITIONS", ["是", "是", "是", "是", "是", "否", "否"])
 */
export function answer(
  fake: FakeGateway,
  sheet: string,
  spec: SheetSpec,
  name: string,
  answers: readonly (string | number)[],
): void {
  const { range } = spec.names!.find((n) => n.name === name)!;
  const cells = fake.contents.get(sheet) as Map<string, string | number>;
  answers.forEach((value, i) =>
    cells.set(
      cellAddress(range.row + (range.cols === 1 ? i : 0), range.col + (range.cols === 1 ? 0 : i)),
      value,
    ),
  );
}
