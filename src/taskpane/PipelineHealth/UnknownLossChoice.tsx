/**
 * How many lost deals have an unknown stage of loss (no lost-at cell, stage history or stage date), and the
 * rule the figures counted them by, which the user chooses: "reached only the first stage" or "left out of
 * the step conversions" (core metrics' UnknownLossRule). Choosing another rule generates the report again.
 */
import { Field, Select } from "@fluentui/react-components";
import type { PipelineHealth } from "../../core/health";
import { UNKNOWN_LOSS_RULE_NAMES, UNKNOWN_LOSS_RULES, type UnknownLossRule } from "../../core/metrics";
import { useLanguage } from "../language/LanguageContext";
import { usePipelineHealthStyles } from "./PipelineHealth.styles";

/** Props of {@link UnknownLossChoice}. */
export interface UnknownLossChoiceProps {
  readonly health: PipelineHealth;
  /** The rule chosen (the one the health was computed with, once generated). */
  readonly rule: UnknownLossRule;
  readonly onChoose: (rule: UnknownLossRule) => void;
  readonly disabled?: boolean;
}

/**
 * The count and the rule's choice; nothing when every lost deal's stage of loss is known.
 * @example <UnknownLossChoice health={health} rule="firstStage" onChoose={(rule) => void choose(rule)} />
 */
export function UnknownLossChoice({ health, rule, onChoose, disabled }: UnknownLossChoiceProps) {
  const { t, text } = useLanguage();
  const styles = usePipelineHealthStyles();
  const count = health.unknownLoss?.count ?? 0;
  if (count === 0) return null;
  return (
    <Field label={t("healthUnknownLossLabel", { count })}>
      <Select
        className={styles.ruleSelect}
        select={{
          className: styles.ruleSelectControl,
          title: text(UNKNOWN_LOSS_RULE_NAMES[health.unknownLoss?.rule ?? rule]),
        }}
        value={health.unknownLoss?.rule ?? rule}
        disabled={disabled}
        onChange={(_, data) => onChoose(data.value as UnknownLossRule)}
      >
        {UNKNOWN_LOSS_RULES.map((choice) => (
          <option key={choice} value={choice}>
            {text(UNKNOWN_LOSS_RULE_NAMES[choice])}
          </option>
        ))}
      </Select>
    </Field>
  );
}
