/**
 * The deck's conditions for entering commercial negotiation (domain note §2, stage 6), apart from the other
 * checklists (./deckChecklists) because FUNNEL.READY counts them: functions.js carries these seven and none of the
 * rest. Chinese is the deck's wording; English is our translation.
 */
import { type Bilingual, bilingual as t } from "../kernel";

/** 进入商务谈判阶段的条件 (stage 6): all seven must hold before commercial negotiation starts. */
export const NEGOTIATION_CONDITIONS: readonly Bilingual[] = Object.freeze([
  t(
    "与老总或高级主管或ERP负责人见面沟通过",
    "We have met and talked with the general manager, a senior executive or the head of ERP",
  ),
  t("明确客户关键需求和客户关键评估项目", "The customer's key needs and key evaluation items are clear"),
  t(
    "完成报价并让客户很容易看懂并能做出合理的解释",
    "The quote is done, easy for the customer to understand, and we can explain it reasonably",
  ),
  t(
    "完成了公司介绍、交流、演示、调研",
    "Company presentation, discussions, demonstration and survey are done",
  ),
  t(
    "客户大的风险意识，项目已经解决",
    "The customer's major risk concerns about the project have been resolved",
  ),
  t(
    "项目组选型有了具体结论上报老总并批示",
    "The project team's selection has a concrete conclusion, reported to and approved by the general manager",
  ),
  t(
    "提供合同范本或经过企业内部法律顾问审定",
    "A model contract has been provided, or the contract has been reviewed by the company's legal counsel",
  ),
]);
