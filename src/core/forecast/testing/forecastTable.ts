/**
 * Test helper: a small pipeline table for the forecast of a table and the Forecast view, with what it holds
 * per quarter worked out by hand below. Never shipped.
 */

/** 2025-06-30, the tests' as-of date (in 2025-Q2: 2025-04-01 = 45748 … 2025-06-30 = 45838). */
export const AS_OF = 45838;
/** 2025-Q3: 2025-07-01 … 2025-09-30. */
export const Q3 = { from: 45839, to: 45930, label: "2025-Q3" } as const;

/**
 * Two won deals (100,000 closed in Q2, 300,000 in Q1), one lost at 谈判, and four open deals: Q2 holds 100,000
 * at 意向 (20 %); Q3 holds 200,000 at 谈判 (75 %), 400,000 at 认可 (55 %) and 80,000 at 立项 (35 %). All open
 * deals: 780,000, weighted 418,000. Closed deals that reached each open stage: 3, of which 2 won (measured win
 * rate 2/3).
 */
export const FORECAST_TABLE = {
  header: ["Opportunity", "Stage", "Amount", "Close Date", "Lost at"],
  rows: [
    ["A", "Won", 100000, 45800, ""],
    ["B", "Won", 300000, 45700, ""],
    ["C", "Lost", 50000, 45620, "Negotiation"],
    ["D", "Negotiation", 200000, 45900, ""],
    ["E", "Intent", 100000, 45800, ""],
    ["F", "Acknowledged", 400000, 45850, ""],
    ["G", "Project", 80000, 45910, ""],
  ],
} as const satisfies { header: readonly string[]; rows: readonly (readonly unknown[])[] };
