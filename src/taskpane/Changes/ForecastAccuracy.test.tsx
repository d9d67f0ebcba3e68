/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { snapshotHistory } from "../../core/snapshots";
import { snapshotAt } from "../../core/snapshots/testing/snapshotFixtures";
import { DEFAULT_SCHEME } from "../../core/stages";
import { renderPane } from "../testing/renderPane";
import { ForecastAccuracy } from "./ForecastAccuracy";

// As in accuracyDisplay.test.ts: two forecasts for 2025-Q1 (115 and 140 expected) and 100 won.
const DEALS = (a: number, b: number | "lost") => [
  { id: "a", stage: a, amount: 100, close: 45715 },
  { id: "b", stage: b, amount: 200, close: 45730 },
  { id: "c", stage: 1, amount: 300, close: 45900 },
];
const history = snapshotHistory([
  snapshotAt(45670, DEALS(5, 2)),
  snapshotAt(45700, DEALS(6, 2)),
  snapshotAt(45760, DEALS(6, "lost")),
]);

describe("ForecastAccuracy", () => {
  it("shows each snapshot's forecast for a quarter against what was won, with the bias and the hits", () => {
    renderPane(<ForecastAccuracy history={history} scheme={DEFAULT_SCHEME} />, { language: "en" });
    const table = screen.getByRole("table", { name: "Quarter 2025-Q1" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ["2025-01-13", "115", "100", "+15"],
      ["2025-02-12", "140", "100", "+40"],
    ]);
    const range = screen.getByRole("table", { name: "Quarter 2025-Q1 P10–P90" });
    expect(
      within(range)
        .getAllByRole("row")
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole("cell")
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ["2025-01-13", "0–300", "yes"],
      ["2025-02-12", "100–300", "yes"],
    ]);
    expect(screen.getByText("Actually won: 100 (read from the snapshot of 2025-04-13)")).toBeInTheDocument();
    expect(
      screen.getByText("Bias +28, mean absolute error 28; actual inside P10–P90: 2 of 2 (100%)"),
    ).toBeInTheDocument();
  });

  it("says too few snapshots while no quarter can be checked", () => {
    renderPane(
      <ForecastAccuracy history={snapshotHistory(history.snapshots.slice(0, 2))} scheme={DEFAULT_SCHEME} />,
      { language: "zh" },
    );
    expect(screen.getByText(/快照太少，无法检验预测/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});
