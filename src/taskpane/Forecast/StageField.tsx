/**
 * A stage of the forecast's stage list chosen by its index (the commit or the best-case stage), with the problem
 * of the choice if any. The list is the one the pipeline is read with (the workbook's settings sheet or the
 * seven-stage model), every stage but the won one.
 */
import { Field, Select } from "@fluentui/react-components";
import { DEFAULT_SCHEME } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import type { ForecastViewState } from "./useForecast";

/** Props of {@link StageField}. */
export interface StageFieldProps {
  readonly label: string;
  readonly state: ForecastViewState;
  /** The chosen stage's index in the stage list. */
  readonly index: number;
  readonly onChange: (index: number) => void;
  /** What is wrong with the choice, if anything. */
  readonly problem?: string;
}

/**
 * The stage's dropdown, its options numbered "1. Target" … in the pane's language.
 * @example <StageField label={t("forecastCommitLabel")} state={state} index={state.commitIndex} onChange={state.setCommitIndex} />
 */
export function StageField({ label, state, index, onChange, problem }: StageFieldProps) {
  const { text } = useLanguage();
  const stages = (state.scheme.status === "ready" ? state.scheme.scheme : DEFAULT_SCHEME).stages.slice(0, -1);
  return (
    <Field
      label={label}
      validationState={problem === undefined ? "none" : "error"}
      validationMessage={problem}
    >
      <Select value={String(index)} onChange={(_, data) => onChange(Number(data.value))}>
        {stages.map((stage, i) => (
          <option key={stage.key} value={String(i)}>
            {`${i + 1}. ${text(stage.name)}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
