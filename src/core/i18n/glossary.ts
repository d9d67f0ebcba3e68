/**
 * The product's one vocabulary: for every recurring concept, the 中文 and English words the product uses,
 * where they appear, and the variants it must not use. docs/glossary.md is rendered from this table
 * ({@link glossaryMarkdown}) and a test scans the product's texts for the variants ({@link findVariants}),
 * so the table, the document and the product cannot drift apart.
 *
 * The deck's own words quoted verbatim (its forms and checklists) are the deck's, not ours: a variant the deck
 * itself uses is allowed only where an {@link ForbiddenVariant.allowedIn} context names it.
 */

/** A word the product must not use for a concept, and the contexts in which the text is still right. */
export interface ForbiddenVariant {
  /** The variant as the glossary shows it. */
  readonly text: string;
  /** How the scanner finds it; the variant's text itself when absent (matched exactly, case included). */
  readonly pattern?: RegExp;
  /** Longer texts that contain the variant and are right as they are (e.g. 销售漏斗 for 漏斗). */
  readonly allowedIn?: readonly string[];
}

/** One concept of the glossary. */
export interface GlossaryTerm {
  /** The word in Chinese. */
  readonly zh: string;
  /** The word in English. */
  readonly en: string;
  /** Where the product uses it (English, for the maintainers). */
  readonly whereUsed: string;
  /** Variants no product text may use for this concept. */
  readonly forbidden: readonly ForbiddenVariant[];
}

/** A forbidden variant found in a text: which term, which variant, and the text around it. */
export interface VariantHit {
  readonly term: GlossaryTerm;
  readonly variant: ForbiddenVariant;
  /** The variant with up to 12 characters either side. */
  readonly context: string;
}

const v = (text: string, pattern?: RegExp, allowedIn?: readonly string[]): ForbiddenVariant =>
  Object.freeze({ text, pattern, allowedIn: allowedIn && Object.freeze([...allowedIn]) });

const term = (
  zh: string,
  en: string,
  whereUsed: string,
  forbidden: readonly ForbiddenVariant[] = [],
): GlossaryTerm => Object.freeze({ zh, en, whereUsed, forbidden: Object.freeze([...forbidden]) });

/** The earlier English stage names, still read as labels but never written by the product. */
const EARLIER_STAGE_NAMES = "Target, Intent, Project established, Acknowledged, Won";

/** The texts in which 漏斗 stands on its own right: the model, its chart, the plan's reverse funnel, the ribbon. */
const FUNNEL_WORDS = ["销售漏斗", "漏斗图", "商机漏斗", "倒推漏斗", "**Funnel** (漏斗)", "› 漏斗"] as const;

/** The README's list of the CRM lost words the product reads (输单 among them). */
const CRM_LOST_WORDS = "已丢单, 输单, 失单";

/** The glossary, in the order docs/glossary.md lists it. */
export const GLOSSARY: readonly GlossaryTerm[] = Object.freeze([
  // The model and its measures.
  term(
    "销售漏斗",
    "sales funnel",
    "the seven-stage model of the deck; the funnel chart (漏斗图, 商机漏斗), the plan's 倒推漏斗 (reverse funnel) and the ribbon button 漏斗 (the product's name)",
    [v("漏斗 (for the pipeline or its health)", /漏斗/g, [...FUNNEL_WORDS])],
  ),
  term("管线", "pipeline", "the deals in progress and their table: 商机管线, 加权管线, 管线覆盖率", [
    v("管道", /管道/g),
  ]),
  term("管线健康", "Pipeline health", "the report sheet and the task pane's view", [
    v("漏斗健康", /漏斗健康/g),
    v("Pipeline Health", /Pipeline Health/g),
    v("Funnel health", /Funnel health/gi),
  ]),
  term("商机", "deal", "one row of the pipeline; 销售机会 / sales opportunity in the deck's own forms"),
  term("进行中", "open", "a deal neither won nor lost: 进行中的商机 / open deals", [
    v("未结", /未结/g, ["未结束"]),
  ]),
  term("赢单", "won", "a won deal; the won stage is 成交客户 / Closed won"),
  term("丢单", "lost", "a lost deal; the lost outcome is 丢单 / Closed lost", [
    v("输单", /输单/g, [CRM_LOST_WORDS]),
    v("丢失 (a deal)", /丢失/g),
  ]),
  term("赢单率", "win rate", "won ÷ (won + lost), measured from closed deals: FUNNEL.WINRATE, the report", [
    v("实测赢率 / 赢率", /赢率/g),
  ]),
  term(
    "赢单概率",
    "win probability",
    "a stage's probability setting (阶段设置, FUNNEL.PROBABILITY); 阶段概率 in formulas' prose",
  ),
  term("销售升迁周期", "sales cycle", "the deck's word for FUNNEL.CYCLETIME: from created to closed"),
  term("机会阶段转化率", "stage conversion rate", "the deck's word for FUNNEL.CONVERSION"),
  term("机会升迁耗时", "time in stage", "the deck's word for FUNNEL.DAYSINSTAGE"),
  // Dates.
  term("预计成交日期", "expected close date", "an open deal's date: the pipeline table, forecasts"),
  term("成交日期", "close date", "a won deal's date"),
  term("丢单日期", "lost date", "a lost deal's date"),
  term("关闭日期", "closed date", "a column holding won and lost deals' dates: FUNNEL.CYCLETIME, VELOCITY"),
  // People.
  term(
    "负责人",
    "owner",
    "the owner column and the owner table; 销售代表 / rep only in prose about the person selling",
  ),
  term(
    "客户经理",
    "account manager",
    "only where the deck itself says 客户经理 (its forms and assessments)",
    [v("customer manager", /customer managers?/gi)],
  ),
  // The forecast's range.
  term("保守（P10）", "Low (P10)", "the forecast's range: report, task pane, FUNNEL.FORECAST", [
    v("较差 / 较好", /较[差好]情况/g),
    v("P10（…） / P10 (…)", /P[159]0\s*[（(]/g),
  ]),
  term("中位（P50）", "Median (P50)", "the forecast's range"),
  term("乐观（P90）", "High (P90)", "the forecast's range"),
  // The deck.
  term("讲义", "the deck", "the 2011 training deck the product follows", [
    v("原始资料", /原始资料/g),
    v("讲义刻度", /讲义\s*刻度/g),
  ]),
  // The stages.
  term("目标客户", "Target account", "stage 1; the earlier name Target is still read"),
  term("潜在客户", "Prospect", "stage 2"),
  term("意向客户", "Interested", "stage 3; the earlier name Intent is still read", [
    v("Intent (the stage)", /\bIntent\b/g, [EARLIER_STAGE_NAMES]),
  ]),
  term("立项客户", "Project approved", "stage 4; the earlier name Project established is still read", [
    v("Project established", /Project established/gi, [EARLIER_STAGE_NAMES]),
  ]),
  term("认可客户", "Shortlisted", "stage 5; the earlier name Acknowledged is still read", [
    v("Acknowledged (the stage)", /\bAcknowledged\b/g, [EARLIER_STAGE_NAMES]),
  ]),
  term("谈判客户", "Negotiation", "stage 6"),
  term("成交客户", "Closed won", "stage 7; Won and Closed Won are still read"),
  // The buying roles of 二次评估.
  term("经济决策者", "Economic Buyer", "the four buying roles (二次评估)"),
  term("技术把关者", "Technical Buyer", "the four buying roles (二次评估)"),
  term("使用者", "User Buyer", "the four buying roles (二次评估)"),
  term("内线（Coach）", "Coach", "the four buying roles (二次评估); 内线支持 / inside support"),
  term("风险预警", "Red flags", "the buying roles' warnings (二次评估)", [v("红旗", /红旗/g)]),
]);

/** Characters of context a hit shows either side of the variant. */
const CONTEXT = 12;

/** Whether the match at `start`..`end` lies inside an occurrence of one of the allowed contexts. */
function insideAllowed(text: string, start: number, end: number, allowed: readonly string[]): boolean {
  return allowed.some((context) => {
    for (let at = text.indexOf(context); at >= 0; at = text.indexOf(context, at + 1))
      if (at <= start && end <= at + context.length) return true;
    return false;
  });
}

/**
 * The forbidden variants a text holds, each with the text around it; none for a text in the glossary's words.
 * @example findVariants("管道").length // 1
 * @example findVariants("销售漏斗的七个阶段").length // 0
 */
export function findVariants(text: string, glossary: readonly GlossaryTerm[] = GLOSSARY): VariantHit[] {
  const hits: VariantHit[] = [];
  for (const entry of glossary)
    for (const variant of entry.forbidden) {
      const pattern = new RegExp(
        variant.pattern ?? variant.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
        variant.pattern?.flags.includes("g") ? variant.pattern.flags : `${variant.pattern?.flags ?? ""}g`,
      );
      for (const match of text.matchAll(pattern)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        if (insideAllowed(text, start, end, variant.allowedIn ?? [])) continue;
        const context = text.slice(Math.max(0, start - CONTEXT), end + CONTEXT);
        hits.push({ term: entry, variant, context });
      }
    }
  return hits;
}

/** Chinese (Han) characters and the full-width punctuation that ends or joins Chinese text. */
const CHINESE = /[\p{Script=Han}，。：；、（）！？“”]/u;

/**
 * Whether a text is Chinese prose: more Chinese characters than Latin letters. An English sentence that quotes
 * a Chinese word ("a lost word (丢单, Lost)") is English and keeps English punctuation.
 * @example isChineseText("阶段为空（请填写阶段）。") // true
 * @example isChineseText("A lost word (丢单, Lost).") // false
 */
export function isChineseText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}

/**
 * The half-width punctuation marks a Chinese text puts next to a Chinese character, where the full-width mark
 * belongs (，。：；（）！？); ASCII between digits, letters, codes and formulas is left alone, and so is an
 * English text ({@link isChineseText}). Each hit is the mark with its neighbours.
 * @example halfWidthInChinese("赢单率(按金额)").length // 2
 * @example halfWidthInChinese("=FUNNEL.STAGE(A2)，序号 1–7").length // 0
 */
export function halfWidthInChinese(text: string): string[] {
  const hits: string[] = [];
  if (!isChineseText(text)) return hits;
  for (const match of text.matchAll(/[,;!?()]|:(?!\/\/)/g)) {
    const at = match.index ?? 0;
    const before = text[at - 1] ?? "";
    const after = text[at + 1] ?? "";
    // A mark quoted on its own (“,”) is the mark itself, not punctuation.
    if (before === "“" && after === "”") continue;
    const opening = match[0] === "(";
    const closing = match[0] === ")";
    const chineseBefore = CHINESE.test(before);
    const chineseAfter = CHINESE.test(after);
    // "(" opens a Chinese aside when Chinese follows it; ")" closes one when Chinese precedes it.
    const wrong = opening ? chineseAfter : closing ? chineseBefore : chineseBefore;
    if (wrong) hits.push(text.slice(Math.max(0, at - 6), at + 7));
  }
  return hits;
}

/** One line of a Markdown table, its cells' pipes escaped. */
const row = (cells: readonly string[]) =>
  `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;

/**
 * docs/glossary.md: the glossary as a Markdown table (中文 | English | where used | not), with the rules that
 * go with it.
 * @example glossaryMarkdown().startsWith("# Glossary") // true
 */
export function glossaryMarkdown(glossary: readonly GlossaryTerm[] = GLOSSARY): string {
  return [
    "# Glossary · 术语表",
    "",
    "<!-- Generated from src/core/i18n/glossary.ts: UPDATE_GOLDEN=1 npx jest src/core/i18n/glossary -->",
    "",
    "One word per concept, in 中文 and English, everywhere the product speaks: the task pane, the sheets it",
    "writes, the functions' help, the README and these docs. The last column lists the variants a test",
    "(test/architecture/glossary.test.ts) refuses in any of them. Where the deck itself uses a word, its",
    "verbatim text keeps it.",
    "",
    row(["中文", "English", "Where used", "Not"]),
    row(["---", "---", "---", "---"]),
    ...glossary.map((entry) =>
      row([entry.zh, entry.en, entry.whereUsed, entry.forbidden.map((variant) => variant.text).join("; ")]),
    ),
    "",
    "## Writing rules · 写作规则",
    "",
    "- Chinese text takes full-width punctuation （，。：；（）！？）; formulas, numbers, codes and function",
    "  names keep ASCII (`=FUNNEL.STAGE(A2)`, `1–7`, `P10`).",
    `- The earlier English stage names (${EARLIER_STAGE_NAMES}) are still read by FUNNEL.STAGE and the`,
    "  pipeline reader, so no workbook breaks; the product writes only the names above.",
    "- Input words (what a CRM export or a user may type: 输单, 失单, Closed Lost, 客户经理 as a column header …)",
    "  are accepted as labels; they are not the product's own words.",
    "",
  ].join("\n");
}
