/**
 * A team's own stage list: the ordered stages of their CRM (Salesforce's defaults, or Prospecting /
 * Engaging / Won / Lost …) read from a range, with optional probabilities, as a {@link StageScheme}.
 */
import {
  type Bilingual,
  displayValue,
  isBlankCell,
  normaliseLabel,
  shownName,
  fail,
  type Result,
} from "../kernel";
import { LOST, STAGES } from "./stages";
import {
  buildScheme,
  EARLIER_ENGLISH_NAMES,
  outcomeOfLabel,
  type StageScheme,
  type LabelMeaning,
} from "./stageScheme";

/** A deck stage's earlier English names, by the normalised current English name a list may hold. */
const EARLIER_BY_CURRENT: ReadonlyMap<string, readonly string[]> = new Map(
  STAGES.map((stage) => [normaliseLabel(stage.name.en), EARLIER_ENGLISH_NAMES[stage.id] ?? []]),
);

/** One named row of a user's stage list. */
interface ListEntry {
  readonly name: string;
  readonly key: string;
  readonly row: number;
  readonly probability: unknown;
}

/** Reads a range as (name, probability) rows; 1–2 rows of 3+ cells are read across. */
function readEntries(rows: readonly (readonly unknown[])[]): Result<ListEntry[]> {
  const across = rows.length >= 1 && rows.length <= 2 && rows[0].length > 2;
  const count = across ? rows[0].length : rows.length;
  const entries: ListEntry[] = [];
  for (let i = 0; i < count; i++) {
    const name = across ? rows[0][i] : rows[i][0];
    const probability = across ? rows[1]?.[i] : rows[i][1];
    if (!across && rows[i].slice(2).some((cell) => !isBlankCell(cell)))
      return fail("VALUE", {
        zh: "阶段列表最多两列：阶段名称，以及（可选的）概率。",
        en: "A stage list has at most two columns: the stage name and, optionally, its probability.",
      });
    if (isBlankCell(name)) {
      if (isBlankCell(probability)) continue;
      return fail("VALUE", {
        zh: `第 ${i + 1} 项有概率但没有阶段名称。`,
        en: `Item ${i + 1} has a probability but no stage name.`,
      });
    }
    const key = typeof name === "string" ? normaliseLabel(name) : "";
    if (typeof name !== "string" || /^\d+(\.\d+)?$/.test(key))
      return fail("VALUE", {
        zh: `阶段名称必须是文字（序号 1…n 已表示位置）：“${displayValue(name)}”。`,
        en: `A stage name must be text (numbers 1…n already stand for positions): “${displayValue(name)}”.`,
      });
    entries.push({ name: name.trim(), key, row: i + 1, probability });
  }
  return { ok: true, value: entries };
}

/** A probability cell as a number and whether it was written as a percentage ("35%"). */
function readProbability(entry: ListEntry): Result<{ value: number; percent: boolean } | null> {
  const cell = entry.probability;
  if (isBlankCell(cell)) return { ok: true, value: null };
  const text = typeof cell === "string" ? normaliseLabel(cell) : null;
  const percent = text !== null && text.endsWith("%");
  const value = typeof cell === "number" ? cell : text === null ? NaN : Number(text.replace(/\s*%$/, ""));
  if (!Number.isFinite(value) || value < 0 || value > 100)
    return fail("VALUE", {
      zh: `“${shownName(entry.name)}”的概率“${displayValue(cell)}”无效：请用 0–1、0–100 或“35%”。`,
      en: `The probability “${displayValue(cell)}” of “${shownName(entry.name)}” is not valid: use 0–1, 0–100 or “35%”.`,
    });
  return { ok: true, value: { value, percent } };
}

/**
 * Probabilities of the ordered stages: the second column if given (numbers 0–1; if any number is
 * above 1 the whole column is read as percentages 0–100; "35%" text is always a percentage), else
 * (i+1)/n for stage i of n. Blank cells take that default; the won stage must be 100 % and lost 0 %.
 */
function probabilities(ordered: readonly ListEntry[], lost: ListEntry | undefined): Result<number[]> {
  const cells: ({ value: number; percent: boolean } | null)[] = [];
  for (const entry of [...ordered, ...(lost ? [lost] : [])]) {
    const read = readProbability(entry);
    if (!read.ok) return read;
    cells.push(read.value);
  }
  const percentColumn = cells.some((cell) => cell !== null && !cell.percent && cell.value > 1);
  const n = ordered.length;
  const values = cells.map((cell, i) =>
    cell === null ? (i < n ? (i + 1) / n : 0) : cell.percent || percentColumn ? cell.value / 100 : cell.value,
  );
  const wrong = (entry: ListEntry, must: string) =>
    fail("VALUE", {
      zh: `“${shownName(entry.name)}”的概率必须是 ${must}。`,
      en: `The probability of “${shownName(entry.name)}” must be ${must}.`,
    });
  if (values[n - 1] !== 1) return wrong(ordered[n - 1], "100%");
  if (lost && values[n] !== 0) return wrong(lost, "0%");
  return { ok: true, value: values.slice(0, n) };
}

/**
 * A scheme from the user's own ordered stage list, as Excel gives a range: one column of names and
 * optionally a second column of probabilities (0–1, 0–100, or "35%" text). A range of one or two rows
 * and three or more columns is read across. Blank rows are skipped. A name that is a won word
 * (Closed Won, closedwon, 成交 …) marks the won stage, a lost word (Closed Lost, closedlost, 丢单 …) the
 * lost outcome (not an ordered stage), so HubSpot's default list (appointmentscheduled …
 * contractsent, closedwon, closedlost) reads as it should; without a won word the last listed stage is
 * the won stage. Without probabilities,
 * the won stage is 1, lost 0 and the open stage i (0-based) of n stages (i+1)/n.
 *
 * Errors (VALUE): fewer than two stages, duplicate names (after normalisation), a stage after the won
 * stage, two won or two lost rows, non-text names, bad probabilities, won ≠ 100 % or lost ≠ 0 %.
 * The scheme's resolve accepts the names (case/width/space-insensitive), numbers 1..n and the won/lost words.
 * @example schemeFromList([["Prospecting"], ["Engaging"], ["Won"], ["Lost"]]).value.stages.length // 3
 */
export function schemeFromList(rows: readonly (readonly unknown[])[]): Result<StageScheme> {
  const read = readEntries(rows);
  if (!read.ok) return read;
  const seen = new Map<string, ListEntry>();
  const ordered: ListEntry[] = [];
  let won: ListEntry | undefined;
  let lost: ListEntry | undefined;
  for (const entry of read.value) {
    const earlier = seen.get(entry.key);
    if (earlier)
      return fail("VALUE", {
        zh: `阶段“${shownName(entry.name)}”重复（与“${shownName(earlier.name)}”相同）。`,
        en: `Duplicate stage “${shownName(entry.name)}” (the same as “${shownName(earlier.name)}”).`,
      });
    seen.set(entry.key, entry);
    const twice = (what: Bilingual, other: ListEntry) =>
      fail("VALUE", {
        zh: `有两个${what.zh}阶段：“${shownName(other.name)}”和“${shownName(entry.name)}”。`,
        en: `Two ${what.en} stages: “${shownName(other.name)}” and “${shownName(entry.name)}”.`,
      });
    const outcome = outcomeOfLabel(entry.name);
    if (outcome === "lost") {
      if (lost) return twice({ zh: "丢单", en: "lost" }, lost);
      lost = entry;
    } else if (outcome === "won") {
      if (won) return twice({ zh: "成交", en: "won" }, won);
      won = entry;
      ordered.push(entry);
    } else if (won) {
      return fail("VALUE", {
        zh: `阶段“${shownName(entry.name)}”排在成交阶段“${shownName(won.name)}”之后；成交必须是最后一个阶段（丢单除外）。`,
        en: `Stage “${shownName(entry.name)}” comes after the won stage “${shownName(won.name)}”; won must be the last stage (lost aside).`,
      });
    } else ordered.push(entry);
  }
  if (ordered.length < 2)
    return fail("VALUE", {
      zh: "阶段列表至少需要两个阶段（最后一个为成交）。",
      en: "A stage list needs at least two stages (the last one is won).",
    });
  const probs = probabilities(ordered, lost);
  if (!probs.ok) return probs;
  const stages = ordered.map((entry, i) =>
    Object.freeze({
      key: entry.key,
      name: Object.freeze({ zh: entry.name, en: entry.name }),
      probability: probs.value[i],
    }),
  );
  const shown =
    ordered
      .slice(0, 10)
      .map((entry) => shownName(entry.name))
      .join(", ") + (ordered.length > 10 ? ", …" : "");
  const n = ordered.length;
  return {
    ok: true,
    value: buildScheme(
      stages,
      lost ? Object.freeze({ zh: lost.name, en: lost.name }) : LOST.name,
      [
        ...ordered.map((entry, i): [string, LabelMeaning] => [entry.name, i]),
        ...(lost ? [[lost.name, "lost"] as [string, LabelMeaning]] : []),
        // A list that names a deck stage by its current English name (the stage settings sheet) still reads
        // the stage's earlier name, so data typed before the rename keeps its stage.
        ...ordered.flatMap((entry, i) =>
          (EARLIER_BY_CURRENT.get(entry.key) ?? []).map((name): [string, LabelMeaning] => [name, i]),
        ),
      ],
      {
        zh: `阶段名称（${shown}）、序号 1–${n}、成交（赢单、Won）或丢单（Lost）。`,
        en: `a stage name (${shown}), a number 1–${n}, a won word (Won, 成交) or a lost word (Lost, 丢单).`,
      },
    ),
  };
}
