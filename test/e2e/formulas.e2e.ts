/**
 * FUNNEL formulas typed into the workbench's cells compute with the add-in's built functions.js, follow their
 * inputs, spill, report errors; and the virtualised grid reaches row 100,000.
 */
import { STAGES } from "../../src/core/stages";
import {
  cell,
  formulaBar,
  selectCell,
  typeInto,
  type WorkbenchSession,
  workbenchSuite,
} from "./support/workbenchPage";

const workbench = workbenchSuite();
let session: WorkbenchSession;

describe("a FUNNEL formula typed into a cell", () => {
  it("shows an error code with the function's message when its input is wrong", async () => {
    session = await workbench.open("en");
    await typeInto(session, "A1", '=FUNNEL.PROBABILITY("nowhere")');
    await expect(cell(session.page, "A1").textContent()).resolves.toBe("#VALUE!");
    await expect(cell(session.page, "A1").getAttribute("title")).resolves.toMatch(/Unknown stage “nowhere”/);
  });

  it("marks an error cell in view and gives the engine's message in the workbench's language", async () => {
    session = await workbench.open("zh");
    await typeInto(session, "A1", "=ABS(1,2)");
    await expect(cell(session.page, "A1").textContent()).resolves.toBe("#N/A");
    await expect(cell(session.page, "A1").getAttribute("title")).resolves.toBe("参数个数不对。");
    const marker = await cell(session.page, "A1").evaluate((node) => getComputedStyle(node).backgroundImage);
    expect(marker).toMatch(/gradient/);
    await selectCell(session, "A1");
    await expect(
      session.page.getByRole("status").filter({ hasText: "参数个数不对。" }).count(),
    ).resolves.toBe(1);
  });

  it("shows the right value and changes when its input cell changes", async () => {
    session = await workbench.open("zh");
    await typeInto(session, "A1", "谈判");
    await typeInto(session, "B1", "=FUNNEL.PROBABILITY(A1)");
    await expect(cell(session.page, "B1").textContent()).resolves.toBe("0.75");
    await typeInto(session, "A1", "认可");
    await expect(cell(session.page, "B1").textContent()).resolves.toBe("0.55");
    await cell(session.page, "B1").click();
    await expect(formulaBar(session).inputValue()).resolves.toBe("=FUNNEL.PROBABILITY(A1)");
  });

  it("answers in the language of the emulated Excel", async () => {
    session = await workbench.open("zh");
    await typeInto(session, "A1", '=FUNNEL.STAGE("谈判")');
    await expect(cell(session.page, "A1").textContent()).resolves.toBe("谈判客户");
    await session.close();
    session = await workbench.open("en");
    await typeInto(session, "A1", '=FUNNEL.STAGE("谈判")');
    await expect(cell(session.page, "A1").textContent()).resolves.toBe("Negotiation");
  });

  it("spills, and spills again to the new size when its input changes", async () => {
    session = await workbench.open("en");
    const [target, , , , acknowledged] = STAGES;
    await typeInto(session, "A1", "target");
    await typeInto(session, "B1", '=FUNNEL.ACTIONS(A1, "en")');
    const column = (count: number) =>
      Promise.all(Array.from({ length: count }, (_, i) => cell(session!.page, `B${i + 1}`).textContent()));
    await expect(column(target.actions.length + 1)).resolves.toEqual([
      ...target.actions.map((a) => a.en),
      "",
    ]);
    await typeInto(session, "A1", "acknowledged");
    await expect(column(acknowledged.actions.length + 1)).resolves.toEqual([
      ...acknowledged.actions.map((a) => a.en),
      "",
    ]);
  });

  it("is edited by double-click and cancelled by Escape", async () => {
    session = await workbench.open("en");
    await typeInto(session, "C2", "=1+1");
    await cell(session.page, "C2").dblclick();
    await session.page.keyboard.press("End");
    await session.page.keyboard.type("+40");
    await session.page.keyboard.press("Enter");
    await expect(cell(session.page, "C2").textContent()).resolves.toBe("42");
    await selectCell(session, "C2");
    await session.page.keyboard.type("gone");
    await session.page.keyboard.press("Escape");
    await expect(cell(session.page, "C2").textContent()).resolves.toBe("42");
  });
});

describe("the grid", () => {
  it("scrolls a 100,000-row sheet and moves with the keyboard", async () => {
    session = await workbench.open("en");
    await typeInto(session, "A100000", "last row");
    await expect(cell(session.page, "A100000").textContent()).resolves.toBe("last row");
    await session.page.keyboard.press("Control+Home");
    await cell(session.page, "A1").waitFor();
    await session.page.keyboard.press("Control+ArrowDown");
    await expect(cell(session.page, "A100000").getAttribute("aria-selected")).resolves.toBe("true");
    await session.page.keyboard.press("ArrowUp");
    await session.page.keyboard.press("ArrowRight");
    await expect(cell(session.page, "B99999").getAttribute("aria-selected")).resolves.toBe("true");
    const rendered = await session.page.locator('[role="gridcell"]').count();
    expect(rendered).toBeLessThan(2000);
  });
});
