/**
 * Finishing a sheet part by part on the recording Excel: one request when nothing is refused; a refused part
 * left out — or replaced by its fallback — and named in a note, the parts after it sent again.
 */
import type { Bilingual } from "../core/kernel";
import { finishSheet, type FinishingPart } from "./finishSheet";
import { installRecordingExcel } from "./testing/recordingExcel";

const note = (text: string): Bilingual => ({ zh: text, en: text });

/** A part that writes `value` into `address` of Sheet1; refused, it notes its address. */
function cellPart(address: string, value: string, instead?: FinishingPart[]): FinishingPart {
  let sheet: Excel.Worksheet | undefined;
  return {
    async queue(budget) {
      await budget.spend(1);
      sheet ??= context().workbook.worksheets.getItem("Sheet1");
      sheet.getRange(address).formulas = [[value]];
    },
    refused: () => ({ note: note(`${address} refused`), instead }),
  };
}

let current: Excel.RequestContext | undefined;
const context = () => current as Excel.RequestContext;

/** Runs the parts made by `parts` in one Excel.run; resolves the notes. */
const finish = (parts: () => FinishingPart[]) =>
  Excel.run(async (requestContext) => {
    current = requestContext;
    return finishSheet(requestContext, parts());
  });

describe("finishSheet", () => {
  it("sends every part in one request when Excel refuses none", async () => {
    const excel = installRecordingExcel();
    const notes = await finish(() => [cellPart("A1", "a"), cellPart("A2", "b"), cellPart("A3", "c")]);
    expect(notes).toEqual([]);
    expect(excel.syncs()).toBe(1);
    expect(excel.read("Sheet1", "A1:A3")).toEqual([["a"], ["b"], ["c"]]);
  });

  it("leaves out the part Excel refused, notes it, and sends the parts after it again: one request more", async () => {
    const excel = installRecordingExcel();
    excel.failAt(2);
    const notes = await finish(() => [cellPart("A1", "a"), cellPart("A2", "b"), cellPart("A3", "c")]);
    expect(notes).toEqual([note("A2 refused")]);
    expect(excel.read("Sheet1", "A1:A3")).toEqual([["a"], [""], ["c"]]);
    expect(excel.syncs()).toBe(2);
  });

  it("sends a refused part's fallback instead, once: a refused fallback gives its note and no fallback of its own", async () => {
    const excel = installRecordingExcel({ failOn: "range.formulas" });
    const notes = await finish(() => [
      cellPart("A1", "a", [cellPart("A2", "fallback", [cellPart("B1", "never")])]),
      cellPart("A3", "c"),
    ]);
    expect(notes.map((n) => n.en)).toEqual(["A1 refused", "A2 refused", "A3 refused"]);
    expect(excel.syncs()).toBe(3);
  });

  it("sends the fallback and the parts after it in the next request", async () => {
    const excel = installRecordingExcel();
    excel.failAt(1);
    const notes = await finish(() => [
      cellPart("A1", "a", [cellPart("A2", "fallback")]),
      cellPart("A3", "c"),
    ]);
    expect(notes.map((n) => n.en)).toEqual(["A1 refused"]);
    expect(excel.read("Sheet1", "A1:A3")).toEqual([[""], ["fallback"], ["c"]]);
    expect(excel.syncs()).toBe(2);
  });

  it("holds the first part not applied responsible when Excel refuses a whole request", async () => {
    const excel = installRecordingExcel();
    excel.abortAt(1);
    const notes = await finish(() => [cellPart("A1", "a"), cellPart("A2", "b")]);
    expect(notes.map((n) => n.en)).toEqual(["A1 refused"]);
    expect(excel.read("Sheet1", "A1:A2")).toEqual([[""], ["b"]]);
  });

  it("tells a part the request that ended it was applied, and no part of a refused request", async () => {
    installRecordingExcel({ failOn: "range.formulas" });
    const sent: string[] = [];
    const watched = (name: string): FinishingPart => ({
      async queue(budget) {
        await budget.spend(1);
        if (name === "refused")
          context().workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["x"]];
      },
      refused: () => ({}),
      sent: () => void sent.push(name),
    });
    await finish(() => [watched("before"), watched("refused"), watched("after")]);
    expect(sent).toEqual(["after"]);
  });
});
