/**
 * How to read the pipeline, as views share it: the stage list (the workbook's stage settings sheet, when it has
 * one, or the seven-stage model), the as-of date and the order of text dates. Presentational: the state is
 * `usePipelineSource`'s; the caller puts the fields in its own panel.
 */
import { Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { DateOrder } from "../../core/kernel";
import { useLanguage } from "../language/LanguageContext";
import type { PipelineSourceState, StageListChoice } from "./usePipelineSource";

/** Props of {@link PipelineSettingsFields}. */
export interface PipelineSettingsFieldsProps {
  readonly source: PipelineSourceState;
}

const DATE_ORDERS = [
  ["ymd", "healthDateOrderYmd"],
  ["dmy", "healthDateOrderDmy"],
  ["mdy", "healthDateOrderMdy"],
] as const;

/**
 * The stage list, as-of date and date order fields.
 * @example <div className={view.panel}><PipelineSettingsFields source={source} /></div>
 */
export function PipelineSettingsFields({ source }: PipelineSettingsFieldsProps) {
  const { t } = useLanguage();
  return (
    <>
      <Field label={t("healthStagesLabel")}>
        <RadioGroup
          value={source.stageList}
          onChange={(_, data) => source.setStageList(data.value as StageListChoice)}
        >
          {source.settingsSheet !== undefined && (
            <Radio value="settings" label={t("healthStagesSettings", { sheet: source.settingsSheet })} />
          )}
          <Radio value="default" label={t("healthStagesDefault")} />
        </RadioGroup>
      </Field>
      <Field
        label={t("healthAsOfLabel")}
        validationState={source.asOf === null ? "error" : "none"}
        validationMessage={source.asOf === null ? t("healthAsOfInvalid") : undefined}
      >
        <Input type="date" value={source.asOfText} onChange={(_, data) => source.setAsOfText(data.value)} />
      </Field>
      <Field label={t("healthDateOrderLabel")}>
        <Select value={source.dateOrder} onChange={(_, data) => source.setDateOrder(data.value as DateOrder)}>
          {DATE_ORDERS.map(([order, label]) => (
            <option key={order} value={order}>
              {t(label)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
