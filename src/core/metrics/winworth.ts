/**
 * 二次评估 part 1 · 值得赢吗? (Is it worth winning?) — the secondary assessment of a deal at stage 4
 * (立项客户): five criteria rated by their LEVEL, combined into a 0..100 score and a verdict.
 */
import {
  type Bilingual,
  type Language,
  displayValue,
  isBlankCell,
  roundNoise,
  fail,
  ok,
  type Result,
} from "../kernel";

/** The five criteria of the form, in the deck's order. */
export type WorthCriterionId = "shortTermRevenue" | "futureRevenue" | "profit" | "risk" | "strategicValue";

/** One row of the 值得赢吗? form. */
export interface WorthCriterion {
  readonly id: WorthCriterionId;
  /** 评估内容: what is assessed. */
  readonly name: Bilingual;
  /** 评估标准: the standard as printed (高 high / 有 present). */
  readonly standard: Bilingual;
  /**
   * True when a HIGH level is unfavourable (risk: printed 高, but a deal is worth more when its risk is
   * low), so its contribution to the score is 10 − rating.
   */
  readonly inverted: boolean;
  /** The deck's detail questions for the criterion (the deck lists none for strategic value). */
  readonly questions: readonly Bilingual[];
}

const criterion = (c: WorthCriterion): WorthCriterion =>
  Object.freeze({
    ...c,
    name: Object.freeze(c.name),
    standard: Object.freeze(c.standard),
    questions: Object.freeze(c.questions.map((question) => Object.freeze(question))),
  });

/** The five criteria of 值得赢吗?, in order, with the deck's detail questions (中文 source, English translation). */
export const WORTH_CRITERIA: readonly WorthCriterion[] = Object.freeze([
  criterion({
    id: "shortTermRevenue",
    name: { zh: "我们短期销售收入", en: "Our short-term sales revenue" },
    standard: { zh: "高", en: "high" },
    inverted: false,
    questions: [
      { zh: "订单数量是多少？", en: "How large is the order?" },
      { zh: "是否超出我们的最低收入标准？", en: "Does it exceed our minimum revenue standard?" },
      { zh: "什么时候完成？", en: "When will it be completed?" },
      { zh: "是否在我们公司最长销售周期之内？", en: "Is it within our company's longest sales cycle?" },
    ],
  }),
  criterion({
    id: "futureRevenue",
    name: { zh: "我们未来销售收入", en: "Our future sales revenue" },
    standard: { zh: "高", en: "high" },
    inverted: false,
    questions: [
      { zh: "下一年我们的潜在收入有多少？", en: "What is our potential revenue next year?" },
      { zh: "下三年呢？", en: "And over the next three years?" },
      { zh: "是否超出我们最低标准？", en: "Does it exceed our minimum standard?" },
      {
        zh: "这个项目如何在将来衍生出更大的利益？",
        en: "How can this project lead to greater benefits in the future?",
      },
      {
        zh: "我们如何保证客户的承诺可以落实？",
        en: "How do we make sure the customer's commitments are carried out?",
      },
    ],
  }),
  criterion({
    id: "profit",
    name: { zh: "我们的利润", en: "Our profit" },
    standard: { zh: "高", en: "high" },
    inverted: false,
    questions: [
      { zh: "在这个项目上预计的利润是多少？", en: "What profit do we expect on this project?" },
      { zh: "是否超出我们最低的标准？", en: "Does it exceed our minimum standard?" },
      { zh: "在这个项目上我们能否提高利润？", en: "Can we raise our profit on this project?" },
      {
        zh: "给客户的折扣是否影响这个项目的利润？",
        en: "Does the discount given to the customer hurt this project's profit?",
      },
    ],
  }),
  criterion({
    id: "risk",
    name: { zh: "我们的风险", en: "Our risk" },
    standard: { zh: "高", en: "high" },
    inverted: true,
    questions: [
      { zh: "我们的方案会不会导致失败？", en: "Could our solution lead to failure?" },
      {
        zh: "我们把价值交给客户的成功要素是什么？",
        en: "What are the success factors for delivering value to the customer?",
      },
      { zh: "是否会由于客户方的原因导致失败？", en: "Could it fail for reasons on the customer's side?" },
      { zh: "方案的失败是否会影响我们的业务？", en: "Would a failure of the solution hurt our business?" },
    ],
  }),
  criterion({
    id: "strategicValue",
    name: { zh: "对我们扩充市场的战略价值", en: "Strategic value for expanding our market" },
    standard: { zh: "有", en: "present" },
    inverted: false,
    questions: [],
  }),
]);

/** The conclusion (结论) of the form. */
export type WorthVerdict = "worth" | "review" | "not-worth";

/** The outcome of {@link worthWinning}. */
export interface WorthAssessment {
  /** 0..100: ten times the weighted mean contribution of the rated criteria. */
  readonly score: number;
  readonly verdict: WorthVerdict;
  /** How many of the five criteria were rated. */
  readonly rated: number;
}

/** Score thresholds of the verdict (our choice, not in the deck; see {@link worthWinning}). */
export const WORTH_THRESHOLDS = Object.freeze({ worth: 70, review: 50 });

const HIGH_MARKS = new Set(["+", "✓", "✔", "√", "高", "有", "high"]);
const LOW_MARKS = new Set(["-", "−", "–", "—", "✗", "✘", "×", "低", "无", "没有", "low"]);
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads one 评估 cell as a rating of the criterion's LEVEL, 0..10 (revenue 9 = high revenue; risk 9 =
 * high risk). Accepts a number 0..10 or its text; the deck's marks "+" (also ＋ ✓ ✔ √, 高, 有, high) =
 * high/present = 10 and "−" (also - － – — ✗ ✘ ×, 低, 无, 没有, low) = low/absent = 0, read before the
 * blank-cell rule (to which a lone dash is blank); any other blank cell ({@link isBlankCell}: empty, spaces,
 * "--", "_") is not rated → null. Anything else, or a number outside 0..10, is a VALUE error
 * naming the value.
 * @example parseRating("+") // ok(10)
 * @example parseRating("－") // ok(0)
 * @example parseRating(" 8 ") // ok(8)
 * @example parseRating("") // ok(null)
 * @example parseRating(12) // VALUE error: outside 0..10
 */
export function parseRating(value: unknown): Result<number | null> {
  if (typeof value === "number") return ratingInRange(value, String(value));
  if (typeof value !== "string") return isBlankCell(value) ? ok(null) : notARating(displayValue(value));
  const text = value.normalize("NFKC").trim().toLowerCase();
  if (HIGH_MARKS.has(text)) return ok(10);
  if (LOW_MARKS.has(text)) return ok(0);
  if (isBlankCell(value)) return ok(null);
  if (NUMBER_TEXT.test(text)) return ratingInRange(Number(text), `“${displayValue(value)}”`);
  return notARating(`“${displayValue(value)}”`);
}

/**
 * Is the deal worth winning? Combines the five ratings (in {@link WORTH_CRITERIA} order, each a level
 * 0..10 or null when not rated — see {@link parseRating}) into a score and a verdict.
 *
 * - Contribution of a criterion = its rating, except risk (inverted): 10 − rating.
 * - Score = 10 × the weighted mean of the contributions over the RATED criteria (0..100).
 * - Weights are optional: five non-negative numbers, not all zero; a blank (null) weight counts as 1.
 * - Verdict (our method, not the deck's: the deck rates each criterion ＋ or － and gives no scale or rule;
 *   the 0–10 scale and these thresholds are ours): score ≥ 70 → "worth" (值得赢); 50 ≤ score < 70 →
 *   "review" (需复核); score < 50 → "not-worth" (不值得).
 *   Why: on a 10-point scale 6 is the usual pass mark (及格), so a mean of 6 is borderline; the review band 5–7 is centred on it, a mean of 7 or more is clearly
 *   above the pass mark, and below 5 the unfavourable levels outweigh the favourable ones. With marks
 *   only (+ = 10, − = 0) the score is the share of favourable criteria: 4 of 5 (80) is worth winning,
 *   3 of 5 (60) needs a review, 2 of 5 (40) is not worth it.
 *
 * Errors: not exactly 5 ratings, a rating outside 0..10, or bad weights (not 5, negative, not numbers,
 * all zero, or zero for every rated criterion) → VALUE; no criterion rated → NA.
 * @example worthWinning([10, 10, 10, 0, 10]) // ok({ score: 100, verdict: "worth", rated: 5 }) (risk low)
 * @example worthWinning([8, null, 6, 7, null]) // ok({ score: 56.666666667, verdict: "review", rated: 3 })
 * @example worthWinning([10, 10, 0, 0, 0], [3, 3, 1, 1, 1]) // ok({ score: 77.777777778, verdict: "worth", rated: 5 })
 */
export function worthWinning(
  ratings: readonly (number | null)[],
  weights?: readonly (number | null)[],
): Result<WorthAssessment> {
  const count = WORTH_CRITERIA.length;
  if (ratings.length !== count) {
    return fail("VALUE", {
      zh: `需要正好 ${count} 个评估（短期收入、未来收入、利润、风险、战略价值），实际为 ${ratings.length} 个。`,
      en: `Expected exactly ${count} ratings (short-term revenue, future revenue, profit, risk, strategic value); got ${ratings.length}.`,
    });
  }
  for (let i = 0; i < count; i++) {
    const rating = ratings[i];
    if (rating === null || rating === undefined) continue;
    if (!(typeof rating === "number" && rating >= 0 && rating <= 10)) {
      const name = WORTH_CRITERIA[i].name;
      return fail("VALUE", {
        zh: `“${name.zh}”的评估为 ${String(rating)}：评估应在 0–10 之间。`,
        en: `The rating of “${name.en}” is ${String(rating)}: ratings run from 0 to 10.`,
      });
    }
  }
  const weightsChecked = checkWeights(weights, count);
  if (!weightsChecked.ok) return weightsChecked;
  const weightOf = weightsChecked.value;

  // Weights count relative to the largest, so that huge (1e308) or tiny (5e-324) ones neither overflow
  // nor vanish in the sums.
  const largest = Math.max(...weightOf);
  let rated = 0;
  let weightSum = 0;
  let weightedSum = 0;
  for (let i = 0; i < count; i++) {
    const rating = ratings[i];
    if (rating === null || rating === undefined) continue;
    const contribution = WORTH_CRITERIA[i].inverted ? 10 - rating : rating;
    const weight = weightOf[i] / largest;
    rated += 1;
    weightSum += weight;
    weightedSum += weight * contribution;
  }
  if (rated === 0) {
    return fail("NA", {
      zh: "请至少评估一项标准。",
      en: "Rate at least one criterion.",
    });
  }
  if (weightSum === 0) {
    return fail("VALUE", {
      zh: "已评估的标准权重全为 0：请给至少一项已评估的标准正权重。",
      en: "Every rated criterion has weight 0: give at least one rated criterion a positive weight.",
    });
  }
  const score = roundNoise((10 * weightedSum) / weightSum);
  return ok({ score, verdict: worthVerdict(score), rated });
}

/**
 * The verdict for a score: ≥ 70 worth, 50–70 review, < 50 not worth (see {@link worthWinning} for why).
 * Tested surface: exported for its tests.
 * @example worthVerdict(70) // "worth"
 * @example worthVerdict(69.9) // "review"
 * @example worthVerdict(49.9) // "not-worth"
 */
export function worthVerdict(score: number): WorthVerdict {
  if (score >= WORTH_THRESHOLDS.worth) return "worth";
  if (score >= WORTH_THRESHOLDS.review) return "review";
  return "not-worth";
}

const VERDICT_TEXT: Readonly<Record<WorthVerdict, Bilingual>> = Object.freeze({
  worth: { zh: "值得赢", en: "Worth winning" },
  review: { zh: "需复核", en: "Review" },
  "not-worth": { zh: "不值得", en: "Not worth it" },
});

/**
 * The verdict as the user reads it.
 * @example verdictText("worth", "zh") // "值得赢"
 * @example verdictText("not-worth", "en") // "Not worth it"
 */
export function verdictText(verdict: WorthVerdict, language: Language): string {
  return VERDICT_TEXT[verdict][language];
}

function ratingInRange(value: number, shown: string): Result<number> {
  if (!(value >= 0 && value <= 10)) {
    return fail("VALUE", {
      zh: `评估 ${shown} 超出范围：请填 0–10 的数字，或 +（高/有）、−（低/无）。`,
      en: `Rating ${shown} is out of range: enter a number from 0 to 10, or + (high/present) or − (low/absent).`,
    });
  }
  return ok(value === 0 ? 0 : value); // -0 → 0
}

function notARating(shown: string): Result<never> {
  return fail("VALUE", {
    zh: `无法识别评估 ${shown}：请填 0–10 的数字，或 +（高/有）、−（低/无），不评估则留空。`,
    en: `${shown} is not a rating: enter a number from 0 to 10, or + (high/present) or − (low/absent); leave blank to skip.`,
  });
}

function checkWeights(weights: readonly (number | null)[] | undefined, count: number): Result<number[]> {
  if (weights === undefined) return ok(new Array<number>(count).fill(1));
  if (weights.length !== count) {
    return fail("VALUE", {
      zh: `权重需要正好 ${count} 个（每项标准一个），实际为 ${weights.length} 个。`,
      en: `Expected exactly ${count} weights (one per criterion); got ${weights.length}.`,
    });
  }
  const checked: number[] = [];
  for (let i = 0; i < count; i++) {
    const weight = weights[i];
    if (weight === null || weight === undefined) {
      checked.push(1);
      continue;
    }
    if (!(typeof weight === "number" && weight >= 0 && Number.isFinite(weight))) {
      const name = WORTH_CRITERIA[i].name;
      return fail("VALUE", {
        zh: `“${name.zh}”的权重为 ${String(weight)}：权重应为非负数（留空表示 1）。`,
        en: `The weight of “${name.en}” is ${String(weight)}: weights must be non-negative numbers (blank means 1).`,
      });
    }
    checked.push(weight);
  }
  if (checked.every((weight) => weight === 0)) {
    return fail("VALUE", {
      zh: "权重全为 0：请至少给一项标准正权重。",
      en: "The weights are all zero: give at least one criterion a positive weight.",
    });
  }
  return ok(checked);
}
