/**
 * Two exports that carry more evidence of the stages a deal reached than its stage cell, hand-counted in
 * the tests that use them (the functions' and the report's): a stage history and a HubSpot export with
 * per-stage "Date entered" columns. Cells are as Excel hands them over (text, numbers, null for blank).
 */

/** A table as read: its header and its rows. */
export interface EvidenceTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * A stage history, one row per stage change, in row order: A goes 目标 → 潜在 → 意向 (open, reached 意向);
 * B 潜在 → 谈判 → 丢单 (lost at 谈判); C 意向 → 成交 (won); D 丢单 on one row (stage of loss unknown);
 * E 立项 on one row; F 认可 → 潜在 (moved back: now 潜在, reached 认可).
 */
export const HISTORY_TABLE: EvidenceTable = {
  header: ["Deal ID", "Stage", "Amount"],
  rows: [
    ["A", "目标", 100],
    ["B", "潜在", 200],
    ["A", "潜在", 100],
    ["C", "意向", 300],
    ["B", "谈判", 200],
    ["D", "丢单", 400],
    ["A", "意向", 100],
    ["E", "立项", 500],
    ["F", "认可", 600],
    ["B", "丢单", 200],
    ["C", "成交", 300],
    ["F", "潜在", 600],
  ],
};

/** The deck's stages as HubSpot-style keys, in stage order. */
const HUBSPOT_STAGE_KEYS = ["Target", "Prospect", "Intent", "Project", "Acknowledged", "Negotiation", "Won"];

/**
 * A HubSpot export: a stage column and one "Date entered" column per stage of the deck, in stage order.
 * P is open at 潜在 but dated up to 认可 (moved back); Q is lost with dates up to 立项 (lost at 立项);
 * R is lost without any date (stage of loss unknown); S is won, dated at 目标 and 成交 only; T is open at
 * 目标 with "TBD" in its 潜在 date, which the pane lists as unreadable and the functions, under "skip",
 * count as blank.
 */
export const HUBSPOT_TABLE: EvidenceTable = {
  header: [
    "Deal Name",
    "Deal Stage",
    ...HUBSPOT_STAGE_KEYS.map((stage) => `Date entered "${stage} (Sales Pipeline)"`),
  ],
  rows: [
    ["P", "Prospect", 45600, 45610, 45620, 45630, 45640, null, null],
    ["Q", "Closed Lost", 45600, 45605, "2024-12-01", 45650, null, null, null],
    ["R", "Closed Lost", null, null, null, null, null, null, null],
    ["S", "Closed Won", 45600, null, null, null, null, null, 45700],
    ["T", "Target", 45600, "TBD", null, null, null, null, null],
  ],
};
