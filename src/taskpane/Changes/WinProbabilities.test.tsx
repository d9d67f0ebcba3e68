/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useMemo, useState } from "react";
import { DEFAULT_SCHEME } from "../../core/stages";
import { createFakeGateway } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { stageSettingsTable } from "../testing/stageSettingsTable";
import { markovChanges } from "./testing/markovHistory";
import { WinProbabilities } from "./WinProbabilities";

/** The stage settings sheet with the seven stages (认可客户 at 50 %). */
const SETTINGS = stageSettingsTable([
  ["目标客户", 0.05, "", ""],
  ["潜在客户", 0.1, "", ""],
  ["意向客户", 0.2, "", ""],
  ["立项客户", 0.35, "", ""],
  ["认可客户", 0.5, "", ""],
  ["谈判客户", 0.75, "", ""],
  ["成交客户", 1, "是", ""],
  ["丢单", 0, "", "是"],
]);

function show(withSettings: boolean, onWritten?: () => void) {
  const gateway = createFakeGateway(withSettings ? { sheetData: { 阶段设置: SETTINGS } } : {});
  renderPane(<WinProbabilities changes={markovChanges()} scheme={DEFAULT_SCHEME} onWritten={onWritten} />, {
    gateway,
    language: "en",
  });
  return gateway;
}

/** The view as the Changes view uses it: writing re-reads the stages, which recomputes the changes. */
function Rereading() {
  const [reads, setReads] = useState(0);
  const changes = useMemo(() => (reads >= 0 ? markovChanges() : markovChanges()), [reads]);
  return (
    <WinProbabilities changes={changes} scheme={DEFAULT_SCHEME} onWritten={() => setReads((n) => n + 1)} />
  );
}

describe("WinProbabilities", () => {
  it("shows each stage's observed probability beside its default", async () => {
    show(true);
    await screen.findByRole("button", { name: "Use these probabilities" });
    const table = screen.getByRole("table", { name: "Win probabilities from observed moves" });
    const negotiation = within(table).getByRole("row", { name: /^Negotiation/ });
    expect(
      within(negotiation)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Negotiation", "75%", "66.7%", "4"]);
  });

  it("writes the observed probabilities into the settings sheet only after the user confirms old → new, then has the stages read again", async () => {
    const onWritten = jest.fn();
    const gateway = show(true, onWritten);
    await userEvent.click(await screen.findByRole("button", { name: "Use these probabilities" }));
    expect(await screen.findByText("Shortlisted (B8): 50% → 33.3%")).toBeInTheDocument();
    expect(screen.getByText("Negotiation (B9): 75% → 66.7%")).toBeInTheDocument();
    expect(gateway.cellWrites).toEqual([]);
    expect(onWritten).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("button", { name: "Write" }));
    expect(await screen.findByText("2 stages' probabilities written to “阶段设置”.")).toBeInTheDocument();
    expect(gateway.cellWrites).toHaveLength(1);
    expect(onWritten).toHaveBeenCalledTimes(1);
    const held = gateway.contents.get("阶段设置")!;
    expect(held.get("B8")).toBeCloseTo(1 / 3, 12);
    expect(held.get("B9")).toBeCloseTo(2 / 3, 12);
    expect([held.get("B4"), held.get("B7"), held.get("B10"), held.get("B11")]).toEqual([0.05, 0.35, 1, 0]);
  });

  it("still says what it wrote after the stages are read again and the changes recomputed", async () => {
    renderPane(<Rereading />, {
      gateway: createFakeGateway({ sheetData: { 阶段设置: SETTINGS } }),
      language: "en",
    });
    await userEvent.click(await screen.findByRole("button", { name: "Use these probabilities" }));
    await userEvent.click(await screen.findByRole("button", { name: "Write" }));
    expect(await screen.findByText("2 stages' probabilities written to “阶段设置”.")).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText("2 stages' probabilities written to “阶段设置”.")).toBeInTheDocument();
  });

  it("writes nothing when the user cancels", async () => {
    const gateway = show(true);
    await userEvent.click(await screen.findByRole("button", { name: "Use these probabilities" }));
    await userEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(await screen.findByRole("button", { name: "Use these probabilities" })).toBeInTheDocument();
    expect(screen.queryByText(/→/)).not.toBeInTheDocument();
    expect(gateway.cellWrites).toEqual([]);
  });

  it("says to create the stage settings sheet in Templates when the workbook has none", async () => {
    show(false);
    expect(await screen.findByText(/Create it in Templates first/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Use these probabilities" })).not.toBeInTheDocument();
  });
});
