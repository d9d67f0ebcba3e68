/**
 * A small team for the Plan view's tests, on sheet "CRM": core's planning team (planning/testing/planDeals.ts,
 * worked out by hand there) as the table a user would have. Ann: 4 won (100, 100, 200, 200, each 60 days), 4 lost
 * at Negotiation, 2 open at Negotiation (300, 100); Bob: 10 lost at Intent, 4 open at Target (50 each). Test
 * support only.
 */
import type { FakeTable } from "../../testing/fakeGateway";

/** 2025-06-30, the as-of date (the day before the third quarter). */
export const TODAY = () => new Date(2025, 5, 30, 9, 0);

const row = (
  owner: string,
  stage: string,
  amount: number,
  lostAt = "",
  created: unknown = "",
  closed: unknown = "",
) => [owner, stage, amount, created, closed, lostAt];

/** The team as a sheet: owner, stage, amount, created, close date, lost at. */
export const TEAM: FakeTable = {
  sheet: "CRM",
  header: ["Owner", "Stage", "Amount", "Created", "Close Date", "Lost at"],
  rows: [
    ...[100, 100, 200, 200].map((amount) => row("Ann", "Won", amount, "", 45600, 45660)),
    ...Array.from({ length: 4 }, () => row("Ann", "Lost", 80, "Negotiation")),
    row("Ann", "Negotiation", 300),
    row("Ann", "Negotiation", 100),
    ...Array.from({ length: 10 }, () => row("Bob", "Lost", 70, "Intent")),
    ...Array.from({ length: 4 }, () => row("Bob", "Target", 50)),
  ],
};
