/**
 * The FUNNEL custom functions as Excel sees them: one adapter per function, which hands its parameters
 * to the runner with the function's declaration (./declarations); the runner reads and checks them, calls
 * core and turns any failure into a `CustomFunctions.Error`. The JSDoc here is the functions' metadata:
 * the build generates functions.json from it and appends the `CustomFunctions.associate` calls to this
 * file, so every function stays a top-level declaration. Chinese descriptions live in
 * ./metadata/zh-CN.json.
 */
import {
  ACTIONS_FUNCTION,
  CONVERSION_FUNCTION,
  COVERAGE_FUNCTION,
  CYCLETIME_FUNCTION,
  DAYSINSTAGE_FUNCTION,
  FORECAST_FUNCTION,
  MARKERS_FUNCTION,
  PLAN_FUNCTION,
  PROBABILITY_FUNCTION,
  REQUIRED_FUNCTION,
  STAGE_FUNCTION,
  VELOCITY_FUNCTION,
  WEIGHTED_FUNCTION,
  WINRATE_FUNCTION,
  WINWORTH_FUNCTION,
} from "./declarations";
import { GAPS_FUNCTION, GATE_FUNCTION, READY_FUNCTION } from "./gateDeclarations";
import { BRIDGE_FUNCTION, PUSHCOUNT_FUNCTION } from "./snapshotDeclarations";
import { run } from "./runner";

/**
 * The stages of the deck's funnel, offered by autocomplete. Any stage name (中文 or English), number
 * or name from your own stage list is accepted as well.
 * @customenum {string}
 */
export enum FunnelStage {
  /** 目标客户 · Target account: our product can fit the customer */
  TargetAccount = "target",
  /** 潜在客户 · Prospect: there is a sales opportunity */
  Prospect = "prospect",
  /** 意向客户 · Interested: fits our application profile and has a need */
  Interested = "intent",
  /** 立项客户 · Project approved: assessment passed, a team follows up */
  ProjectApproved = "project",
  /** 认可客户 · Shortlisted: the customer basically approves */
  Shortlisted = "acknowledged",
  /** 谈判客户 · Negotiation: confirmed as an important candidate */
  Negotiation = "negotiation",
  /** 成交客户 · Closed won: signed, paid, delivered */
  ClosedWon = "won",
  /** 丢单 · Closed lost: the deal is lost */
  ClosedLost = "lost",
}

/**
 * How FUNNEL.STAGE writes a stage.
 * @customenum {string}
 */
export enum StageFormName {
  /** 中文名称 · Chinese name, e.g. 意向客户 */
  Chinese = "zh",
  /** English name, e.g. Interested */
  English = "en",
  /** Stage id, e.g. intent */
  Id = "id",
  /** Stage number 1–7 (lost is 0) */
  Number = "number",
}

/**
 * The language of a spilled list.
 * @customenum {string}
 */
export enum ListLanguage {
  /** 中文 · Chinese */
  Chinese = "zh",
  /** English */
  English = "en",
}

/**
 * What FUNNEL.CONVERSION counts a lost deal of unknown stage of loss as.
 * @customenum {string}
 */
export enum UnknownLossRuleName {
  /** 只计为到达第一阶段 · Reached only the first stage (default) */
  FirstStage = "firstStage",
  /** 不计入转化率 · Left out of the conversions (paths known only) */
  KnownPaths = "knownPaths",
}

/**
 * What FUNNEL.WINWORTH answers with.
 * @customenum {string}
 */
export enum WorthAnswer {
  /** 0–100 score */
  Score = "score",
  /** 值得赢 / 需复核 / 不值得 · Worth winning / Review / Not worth it */
  Verdict = "verdict",
}

/**
 * What FUNNEL.READY answers with.
 * @customenum {string}
 */
export enum ReadyAnswer {
  /** 具备项数 0–7 · How many of the seven conditions hold */
  Count = "count",
  /** 是否就绪：七项全部具备为 TRUE · TRUE when all seven hold */
  Ready = "ready",
}

/**
 * Which columns FUNNEL.BRIDGE spills after the movement.
 * @customenum {string}
 */
export enum BridgeMeasure {
  /** 商机数和金额 · Deals and amount */
  Both = "both",
  /** 商机数 · Deals only */
  Count = "count",
  /** 金额 · Amount only */
  Amount = "amount",
}

/**
 * The stage a deal is in, from its label (a name, id or number, or a CRM's won or lost word) or from its evidence checklist of TRUE/FALSE answers to the seven stage markers; a range of labels spills one stage per cell.
 * @customfunction
 * @param input A stage (name such as 意向客户 or Interested, id, or number 1–7); a range of stages (spills one per cell); or one row or column of only TRUE/FALSE answers to the seven stage markers (产品能适应或满足 … 完成签约、付款、交货). Blank gives blank.
 * @param form How to write the stage: zh (Chinese name), en (English name), id or number. Default: the language of Excel.
 * @param stageList Your own ordered stage list (a column of names, optionally a second column of probabilities). Default: the deck's seven stages.
 * @example =FUNNEL.STAGE("谈判", "number") // 6
 * @example =FUNNEL.STAGE({TRUE,TRUE,FALSE}) // 潜在客户 (markers 1 and 2 hold)
 * @example =FUNNEL.STAGE({"谈判";"Closed Won";"prospect"}, "zh") // spills 谈判客户, 成交客户, 潜在客户
 */
export function STAGE(input: unknown[][], form?: StageFormName, stageList?: unknown[][]): unknown[][] {
  return run(STAGE_FUNCTION, input, form, stageList);
}

/**
 * The probability of winning a deal at a stage: the default ladder (target 5% up to negotiation 75%; won 100%, lost 0%) or your stage list's; a range of stages spills one probability per cell.
 * @customfunction
 * @param stage The deal's stage: name, id or number, or a lost label (丢单, Lost); or a range of stages (spills one probability per cell). Blank gives blank.
 * @param stageList Your own ordered stage list with probabilities in its second column. Default: the deck's seven stages.
 * @example =FUNNEL.PROBABILITY("intent") // 0.2
 * @example =FUNNEL.PROBABILITY(D2:D500) // spills one probability per deal
 */
export function PROBABILITY(stage: unknown[][], stageList?: unknown[][]): unknown[][] {
  return run(PROBABILITY_FUNCTION, stage, stageList);
}

/**
 * Stage conversion rates (机会阶段转化率): reached(to) ÷ reached(from), counting the stages each deal reached now, in its history (dealIds) or by its stage dates; with no stages given, a table of every stage's next-step and cumulative conversion.
 * @customfunction
 * @param stages The stage of each deal (one column). A lost label (丢单, Lost) marks a lost deal; blank rows are skipped.
 * @param fromStage The stage to convert from, or a column of them (one rate per row; a blank cell, or a stage no deal reached, gives a blank row). Default: the first stage.
 * @param toStage The stage to convert to, or a column of them, lined up with fromStage. Default: the won stage. Leave both stages empty for the table.
 * @param outcomes won / lost / blank for each deal, lined up with stages (stages then holds the stage at which a lost deal was lost); or a "lost at" column: the stage at which each deal marked 丢单/Lost in stages was lost.
 * @param stageList Your own ordered stage list. Default: the deck's seven stages.
 * @param dealIds Deal ids lined up with stages: rows sharing an id are one deal's history in row order (sort by stage-change date first); its last row is the deal now, its history the stages reached and the stage of loss.
 * @param stageDates Per-stage date columns lined up with stages, one per stage of the stage list (first column = first stage): a date under stage k means the deal reached stage k. A blank is no date.
 * @param unknownLoss A lost deal whose stage of loss is unknown: firstStage (default) counts it as reaching only the first stage; knownPaths leaves it out of the conversions (it still counts as lost).
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.CONVERSION(C2:C500) // spills the table, 8 rows × 4 columns
 * @example =FUNNEL.CONVERSION(C2:C500, "谈判", , D2:D500) // share of deals that reached 谈判 and were won
 * @example =FUNNEL.CONVERSION(C2:C500, A2:A7, A3:A8) // spills each stage's next-step conversion, one per row
 * @example =FUNNEL.CONVERSION(C2:C500, "意向", "成交", , , A2:A500) // a stage history: one deal per id in column A
 * @example =FUNNEL.CONVERSION(C2:C500, , , , , , F2:L500, "knownPaths") // with HubSpot-style "Date entered" columns
 */
export function CONVERSION(
  stages: unknown[][],
  fromStage?: unknown[][],
  toStage?: unknown[][],
  outcomes?: unknown[][],
  stageList?: unknown[][],
  dealIds?: unknown[][],
  stageDates?: unknown[][],
  unknownLoss?: UnknownLossRuleName,
  badRows?: unknown[][],
): unknown[][] {
  return run(
    CONVERSION_FUNCTION,
    stages,
    fromStage,
    toStage,
    outcomes,
    stageList,
    dealIds,
    stageDates,
    unknownLoss,
    badRows,
  );
}

/**
 * The win rate: won ÷ (won + lost), open deals left out; with dealIds, one deal per id, as its last row stands.
 * @customfunction
 * @param stages The stage of each deal (one column): the won stage (成交, Won) and lost labels (丢单, Lost) count as closed; blank rows are skipped.
 * @param outcomes won / lost / blank for each deal, lined up with stages; or a "lost at" column (stages of loss beside deals marked 丢单/Lost).
 * @param stageList Your own ordered stage list. Default: the deck's seven stages.
 * @param dealIds Deal ids lined up with stages: rows sharing an id are one deal's history in row order (sort by stage-change date first), counted once, by its last row.
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.WINRATE({"成交";"丢单";"意向";"成交"}) // 0.6666…
 * @example =FUNNEL.WINRATE(C2:C500, , , A2:A500) // a stage history: one deal per id in column A
 */
export function WINRATE(
  stages: unknown[][],
  outcomes?: unknown[][],
  stageList?: unknown[][],
  dealIds?: unknown[][],
  badRows?: unknown[][],
): unknown {
  return run(WINRATE_FUNCTION, stages, outcomes, stageList, dealIds, badRows);
}

/**
 * The weighted pipeline: the sum of amount × stage probability over the open deals (won and lost deals are not pipeline).
 * @customfunction
 * @param amounts The amount of each deal (one column of numbers). Rows with a blank amount or a blank stage are skipped.
 * @param stages The stage of each deal, lined up with amounts.
 * @param stageList Your own ordered stage list with probabilities in its second column. Default: the deck's probabilities.
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.WEIGHTED({100;200;50}, {"意向";"认可";"成交"}) // 130
 */
export function WEIGHTED(
  amounts: unknown[][],
  stages: unknown[][],
  stageList?: unknown[][],
  badRows?: unknown[][],
): unknown {
  return run(WEIGHTED_FUNCTION, amounts, stages, stageList, badRows);
}

/**
 * The average sales cycle (销售升迁周期) in days from created to closed: over the won deals when stages are given, else over every row with both dates.
 * @customfunction
 * @param created The created date of each deal (one column).
 * @param closed The closed date of each deal (won or lost), lined up with created.
 * @param stages The stage of each deal, lined up with created: only won deals (成交, Won) count. Default: every row with both dates.
 * @param stageList Your own ordered stage list (its last stage is the won stage). Default: the deck's seven stages.
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.CYCLETIME({45600;45700}, {45660;45720}) // 40
 */
export function CYCLETIME(
  created: unknown[][],
  closed: unknown[][],
  stages?: unknown[][],
  stageList?: unknown[][],
  badRows?: unknown[][],
): unknown {
  return run(CYCLETIME_FUNCTION, created, closed, stages, stageList, badRows);
}

/**
 * Whole days a deal has spent in its current stage (机会升迁耗时), from the date it entered the stage to asOf, e.g. TODAY().
 * @customfunction
 * @param stageEntered The date the deal entered its current stage (an Excel date or text such as 2025-03-05). Blank gives blank.
 * @param asOf The date to count to, e.g. TODAY() or a fixed report date.
 * @example =FUNNEL.DAYSINSTAGE("2025-03-01", "2025-06-29") // 120
 */
export function DAYSINSTAGE(stageEntered: unknown, asOf: unknown): unknown {
  return run(DAYSINSTAGE_FUNCTION, stageEntered, asOf);
}

/**
 * Pipeline velocity (销售速度): the amount expected to be won per day, open deals × win rate × average won size ÷ average sales cycle in days.
 * @customfunction
 * @param amounts The amount of each deal (one column of numbers).
 * @param stages The stage of each deal, lined up with amounts: open stages, the won stage (成交, Won) or a lost label (丢单, Lost).
 * @param created The created date of each deal, lined up with amounts.
 * @param closed The closed date of each deal (won or lost), lined up with amounts.
 * @param stageList Your own ordered stage list. Default: the deck's seven stages.
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.VELOCITY({100;500;300}, {"意向";"成交";"丢单"}, {45700;45600;45650}, {"";45660;45700}) // 1 × 0.5 × 500 ÷ 60 ≈ 4.17
 */
export function VELOCITY(
  amounts: unknown[][],
  stages: unknown[][],
  created: unknown[][],
  closed: unknown[][],
  stageList?: unknown[][],
  badRows?: unknown[][],
): unknown {
  return run(VELOCITY_FUNCTION, amounts, stages, created, closed, stageList, badRows);
}

/**
 * Is the deal worth winning? (值得赢吗?): five criteria rated 0–10 or +/− give a 0–100 score (70 or more worth winning, 50–70 review, under 50 not) or the verdict.
 * @customfunction
 * @param ratings The five ratings in the form's order (one row or column): 0–10, + (high) or − (low); blank = not rated.
 * @param weights Five weights, one per criterion (blank = 1). Default: equal weights.
 * @param output score (0–100, the default) or verdict (值得赢 / 需复核 / 不值得, in the language of Excel).
 * @example =FUNNEL.WINWORTH({"+";"+";"+";"-";"+"}) // 100
 */
export function WINWORTH(ratings: unknown[][], weights?: unknown[][], output?: WorthAnswer): unknown {
  return run(WINWORTH_FUNCTION, ratings, weights, output);
}

/**
 * The actions (动作) the deck sets for a stage, one per row: the rep's next steps.
 * @customfunction
 * @param stage The deal's stage: name, id or number 1–7. Blank gives blank.
 * @param language zh or en. Default: the language of Excel.
 * @example =FUNNEL.ACTIONS("won", "en") // Collect payment; Order and ship; Prepare the implementation and hand the project over; Approve the contract; Sign the contract
 */
export function ACTIONS(stage: FunnelStage, language?: ListLanguage): unknown[][] {
  return run(ACTIONS_FUNCTION, stage, language);
}

/**
 * The markers (标志) and then the characteristics (特征) of a stage, as rows of kind | text: the evidence to check before moving a deal on.
 * @customfunction
 * @param stage The deal's stage: name, id or number 1–7. Blank gives blank.
 * @param language zh or en. Default: the language of Excel.
 * @example =FUNNEL.MARKERS("目标") // 标志 | 产品能适应或满足
 */
export function MARKERS(stage: FunnelStage, language?: ListLanguage): unknown[][] {
  return run(MARKERS_FUNCTION, stage, language);
}

/**
 * A period's forecast by close date: expected amount, P10, P50 or P90, stdev, commit, best case, pipeline, won, or the chance of reaching a target; columns of periods and a row of measures spill a table.
 * @customfunction
 * @param amounts The amount of each deal (one column of numbers). Rows with a blank amount or a blank stage are skipped.
 * @param stages The stage of each deal, lined up with amounts: open stages, the won stage (成交, Won) or a lost label (丢单, Lost; never counted).
 * @param closeDates The expected close date of each open deal, or the date a won deal closed, lined up with amounts (Excel dates or text such as 2025-08-15). A deal with a blank close date is in no period.
 * @param from The first day of the period, e.g. "2025-07-01"; or a column of first days, one row per period (a blank cell gives a blank row).
 * @param to The last day of the period (included), e.g. "2025-09-30"; or a column of last days, lined up with from.
 * @param measure expected (default), p10, p50, p90, range (spills expected, P10, P50, P90), stdev, commit, bestCase, pipeline, won or probability (of reaching target); or a row of them, one column each, e.g. {"won","expected","p90"}.
 * @param target The amount to reach; needed for probability.
 * @param stageList Your own ordered stage list with probabilities in its second column. Default: the deck's seven stages and probabilities.
 * @param commitStage The stage from which open deals count as commit. Default: the stage before won (谈判).
 * @param bestCaseStage The stage from which open deals count as best case. Default: the stage before commitStage (认可).
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.FORECAST({100;200;50}, {"谈判";"意向";"成交"}, {45870;45900;45850}, "2025-07-01", "2025-09-30") // 50 + 75 + 40 = 165
 * @example =FUNNEL.FORECAST(E2:E500, D2:D500, G2:G500, DATE(2025,7,1), DATE(2025,9,30), "probability", 2000000)
 * @example =FUNNEL.FORECAST(E2:E500, D2:D500, G2:G500, B2:B13, C2:C13, {"won","expected","p10","p90"}) // spills 12 rows × 4 columns
 * @example =FUNNEL.FORECAST(E2:E500, D2:D500, G2:G500, DATE(2025,7,1), DATE(2025,9,30), "range") // expected | P10 | P50 | P90
 */
export function FORECAST(
  amounts: unknown[][],
  stages: unknown[][],
  closeDates: unknown[][],
  from: unknown[][],
  to: unknown[][],
  measure?: unknown[][],
  target?: unknown,
  stageList?: unknown[][],
  commitStage?: FunnelStage,
  bestCaseStage?: FunnelStage,
  badRows?: unknown[][],
): unknown[][] {
  return run(
    FORECAST_FUNCTION,
    amounts,
    stages,
    closeDates,
    from,
    to,
    measure,
    target,
    stageList,
    commitStage,
    bestCaseStage,
    badRows,
  );
}

/**
 * Coverage of a target: the open (or weighted) pipeline ÷ (target − won to date), over every open deal or, with closeDates, from and to, over the deals closing in the period.
 * @customfunction
 * @param amounts The amount of each deal (one column of numbers). Rows with a blank amount or a blank stage are skipped.
 * @param stages The stage of each deal, lined up with amounts: only open deals are pipeline (won and lost deals are not).
 * @param target The amount to reach (a positive number), e.g. the quarter's quota.
 * @param wonToDate The amount already won against the target, e.g. =FUNNEL.FORECAST(…, "won"). Default: 0.
 * @param weighted TRUE for the weighted pipeline, FALSE (default) for the full open pipeline.
 * @param stageList Your own ordered stage list with probabilities in its second column. Default: the deck's seven stages and probabilities.
 * @param closeDates For period coverage: the expected close date of each deal, lined up with amounts (give from and to too). Leave empty for pipeline coverage.
 * @param from For period coverage: the first day of the period.
 * @param to For period coverage: the last day of the period.
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.COVERAGE({900;300;100}, {"意向";"谈判";"成交"}, 800, 200) // 1200 ÷ 600 = 2
 * @example =FUNNEL.COVERAGE(E2:E500, D2:D500, 5000000, , , , G2:G500, "2025-07-01", "2025-09-30") // period coverage of Q3
 */
export function COVERAGE(
  amounts: unknown[][],
  stages: unknown[][],
  target: unknown,
  wonToDate?: unknown,
  weighted?: unknown,
  stageList?: unknown[][],
  closeDates?: unknown[][],
  from?: unknown,
  to?: unknown,
  badRows?: unknown[][],
): unknown {
  return run(
    COVERAGE_FUNCTION,
    amounts,
    stages,
    target,
    wonToDate,
    weighted,
    stageList,
    closeDates,
    from,
    to,
    badRows,
  );
}

/**
 * Deals needed at a stage now to win a target (目标倒推): target ÷ (the stage's conversion to won in your data × the average won size), rounded up to whole deals.
 * @customfunction
 * @param target The amount to win (more than 0), e.g. the quarter's quota.
 * @param stage The open stage to count the deals needed at: name, id or number, e.g. 谈判 or Negotiation.
 * @param stages The stage of each deal (one column): open stages, the won stage (成交, Won) or a lost label (丢单, Lost); blank rows are skipped.
 * @param amounts The amount of each deal, lined up with stages: the won deals' amounts give the average won size.
 * @param outcomes won / lost / blank for each deal, lined up with stages; or a "lost at" column (stages of loss beside deals marked 丢单/Lost).
 * @param stageList Your own ordered stage list. Default: the deck's seven stages.
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.REQUIRED(1000000, "谈判", D2:D500, E2:E500) // deals needed at 谈判 now
 * @example =FUNNEL.REQUIRED(3000, "negotiation", {"成交";"成交";"丢单";"谈判"}, {100;200;50;80}, {"";"";"谈判";""}) // 3000 ÷ (2/4 won from 谈判 × 150) = 40
 */
export function REQUIRED(
  target: unknown,
  stage: FunnelStage,
  stages: unknown[][],
  amounts: unknown[][],
  outcomes?: unknown[][],
  stageList?: unknown[][],
  badRows?: unknown[][],
): unknown {
  return run(REQUIRED_FUNCTION, target, stage, stages, amounts, outcomes, stageList, badRows);
}

/**
 * The reverse funnel of a target (目标倒推): a header row, then per open stage the deals needed now, the open deals there, the gap and the amount needed, from your data's conversions and average won size.
 * @customfunction
 * @param target The amount to win (more than 0), e.g. the quarter's quota.
 * @param stages The stage of each deal (one column): open stages, the won stage (成交, Won) or a lost label (丢单, Lost); blank rows are skipped.
 * @param amounts The amount of each deal, lined up with stages: the won deals' amounts give the average won size.
 * @param outcomes won / lost / blank for each deal, lined up with stages; or a "lost at" column (stages of loss beside deals marked 丢单/Lost).
 * @param stageList Your own ordered stage list. Default: the deck's seven stages.
 * @param badRows error (default): an unreadable cell is #VALUE! naming it. skip: read rows as Pipeline health does (unknown stage: row passed over; unreadable amount or date: blank). A column of deal ids: skip, and a copy of an earlier row counts once.
 * @example =FUNNEL.PLAN(1000000, D2:D500, E2:E500) // spills 7 rows × 5 columns: stage, needed, have, gap, needed amount
 */
export function PLAN(
  target: unknown,
  stages: unknown[][],
  amounts: unknown[][],
  outcomes?: unknown[][],
  stageList?: unknown[][],
  badRows?: unknown[][],
): unknown[][] {
  return run(PLAN_FUNCTION, target, stages, amounts, outcomes, stageList, badRows);
}

/**
 * The stage markers (标志) still missing for a deal to be in a stage, one per row: every stage up to it whose marker is not yet answered yes in the evidence checklist; blank when the evidence supports the stage.
 * @customfunction
 * @param stage The stage the deal is claimed to be in: name, id or number 1–7. Blank gives blank.
 * @param evidence The answers to the seven stage markers in order (one row or column, as FUNNEL.STAGE reads them): TRUE/FALSE, 是/否, Yes/No, 1/0, ✓/×; blank = not yet.
 * @param language zh or en. Default: the language of Excel.
 * @example =FUNNEL.GAPS("立项", {TRUE;TRUE;FALSE}) // spills 意向：符合产品应用特征；有需求 and 立项：评估符合项目要求；成立小组跟进
 */
export function GAPS(stage: FunnelStage, evidence: unknown[][], language?: ListLanguage): unknown[][] {
  return run(GAPS_FUNCTION, stage, evidence, language);
}

/**
 * Whether the evidence supports a stage: TRUE when the marker (标志) of the stage and of every stage before it holds, else FALSE.
 * @customfunction
 * @param stage The stage the deal is claimed to be in: name, id or number 1–7. Blank gives blank.
 * @param evidence The answers to the seven stage markers in order (one row or column): TRUE/FALSE, 是/否, Yes/No, 1/0, ✓/×; blank = not yet.
 * @example =FUNNEL.GATE("谈判", D8:D14) // FALSE while a marker up to 谈判 is not yet answered yes
 */
export function GATE(stage: FunnelStage, evidence: unknown[][]): unknown {
  return run(GATE_FUNCTION, stage, evidence);
}

/**
 * Negotiation readiness (进入商务谈判阶段的条件): how many of the deck's seven conditions hold (k of 7), or TRUE only when all seven do.
 * @customfunction
 * @param conditions The answers to the seven conditions in the deck's order (one row or column): TRUE/FALSE, 是/否, Yes/No, 1/0, ✓/×; blank = not yet.
 * @param output count (how many hold, the default) or ready (TRUE when all seven hold).
 * @example =FUNNEL.READY(C8:C14) // 5 when five of the seven conditions hold
 * @example =FUNNEL.READY(C8:C14, "ready") // FALSE until all seven hold
 */
export function READY(conditions: unknown[][], output?: ReadyAnswer): unknown {
  return run(READY_FUNCTION, conditions, output);
}

/**
 * The bridge of the open pipeline (管线变动) from one snapshot table to a later one: start, each movement (new, won, lost, removed, pulled in, pushed out …) with its deals and amount, and end; start + movements = end.
 * @customfunction
 * @param before The earlier snapshot: the pipeline table WITH its header row (e.g. Snap_Jan[#All]); columns are recognised from their headers as Pipeline health does (阶段/Stage, 金额/Amount, 商机编号/Deal ID …).
 * @param after The later snapshot, with its header row. Deals are matched by deal id, else by opportunity and customer.
 * @param periodStart First day of a forecast period: with periodEnd, bridge only the open deals expected to close in it (then deals moving in and out are Pulled in / Pushed out). Blank: the whole open pipeline.
 * @param periodEnd Last day of the forecast period (give both ends or neither).
 * @param measure both (deals and amount, the default), count or amount.
 * @param stageList Your own ordered stage list. Default: the deck's seven stages.
 * @param language zh or en. Default: the language of Excel.
 * @example =FUNNEL.BRIDGE(Snap_Jan[#All], Snap_Mar[#All]) // spills 13 rows × 3 columns: movement, deals, amount
 * @example =FUNNEL.BRIDGE(Snap_Jan[#All], Snap_Mar[#All], DATE(2025,7,1), DATE(2025,9,30)) // the Q3 pipeline's bridge
 */
export function BRIDGE(
  before: unknown[][],
  after: unknown[][],
  periodStart?: unknown,
  periodEnd?: unknown,
  measure?: BridgeMeasure,
  stageList?: unknown[][],
  language?: ListLanguage,
): unknown[][] {
  return run(BRIDGE_FUNCTION, before, after, periodStart, periodEnd, measure, stageList, language);
}

/**
 * How many times each deal's expected close date was pushed later across the snapshots of a pipeline snapshot history (管线快照) table; one count per deal id, 0 for a deal never pushed.
 * @customfunction
 * @param history The snapshot history table WITH its header row: a 快照日期/Snapshot date column, then the pipeline's columns (商机编号/Deal ID, 阶段/Stage, 预计成交日期/Expected close …), one row per deal per snapshot.
 * @param dealIds The deal ids to count (one row or column); blank cells give blank.
 * @param stageList Your own ordered stage list. Default: the deck's seven stages.
 * @example =FUNNEL.PUSHCOUNT(Snapshots[#All], A2:A200) // spills one count per deal, e.g. 2 for a deal pushed twice
 */
export function PUSHCOUNT(history: unknown[][], dealIds: unknown[][], stageList?: unknown[][]): unknown[][] {
  return run(PUSHCOUNT_FUNCTION, history, dealIds, stageList);
}
