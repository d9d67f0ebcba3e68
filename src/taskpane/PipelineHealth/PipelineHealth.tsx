/**
 * The Pipeline health view: pick the data (a table, a sheet or the selection) and read it, with progress; confirm
 * the column mapping, the stage list, the as-of date and the order of text dates; generate the report sheet; then
 * the headline figures and a funnel of deals by stage. Composition only: the state lives in `usePipelineHealth`.
 * The funnel's chart library (Fluent charts over d3) is loaded only when a report is shown, so opening the pane
 * does not pay for it.
 */
import {
  Button,
  Field,
  Input,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  useId,
} from "@fluentui/react-components";
import type { DateOrder } from "../../core/health/types";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { useViewStyles } from "../shared/viewStyles";
import { lazy, Suspense } from "react";
import { amountText } from "./healthFigures";
import { HealthSummary } from "./HealthSummary";
import { MappingEditor } from "./MappingEditor";
import { sourceLabel } from "./dataSources";
import { usePipelineHealthStyles } from "./PipelineHealth.styles";
import { usePipelineHealth, type PipelineHealthState, type StageListChoice } from "./usePipelineHealth";

/** Props of {@link PipelineHealth}. */
export interface PipelineHealthProps {
  /** Today's date, the default as-of date; the clock by default. */
  readonly today?: () => Date;
}

const FunnelMiniChart = lazy(() => import("./FunnelMiniChart").then((m) => ({ default: m.FunnelMiniChart })));

const DATE_ORDERS = [
  ["ymd", "healthDateOrderYmd"],
  ["dmy", "healthDateOrderDmy"],
  ["mdy", "healthDateOrderMdy"],
] as const;

/**
 * The Pipeline health view.
 * @example <PipelineHealth />
 */
export function PipelineHealth({ today }: PipelineHealthProps) {
  const view = useViewStyles();
  const { language, t } = useLanguage();
  const state = usePipelineHealth(today);
  const headingId = useId("health-heading");
  const { read, generation } = state;

  return (
    <section className={view.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {t("healthHeading")}
      </h2>
      <p className={view.intro}>{t("healthIntro")}</p>

      <DataPicker state={state} />

      {read.status === "read" && (
        <>
          <MappingEditor
            header={read.table.header}
            firstCol={read.table.firstCol}
            mapping={state.mapping}
            onChange={state.setRoleColumn}
          />
          <ReportSettings state={state} />
        </>
      )}

      {generation.status === "failed" && (
        <OutcomeMessage intent="error" title={t("healthGenerateFailureTitle")} onDismiss={state.dismiss}>
          <div>{generation.failure.message[language]}</div>
        </OutcomeMessage>
      )}
      {generation.status === "done" && (
        <>
          <OutcomeMessage intent="success" title={t("healthGenerateSuccessTitle")} onDismiss={state.dismiss}>
            <div>{t("healthGenerateSuccess", { sheet: generation.sheet })}</div>
          </OutcomeMessage>
          <HealthSummary health={generation.health} />
          <Suspense fallback={<Spinner size="small" />}>
            <FunnelMiniChart health={generation.health} />
          </Suspense>
        </>
      )}
    </section>
  );
}

function DataPicker({ state }: { state: PipelineHealthState }) {
  const view = useViewStyles();
  const styles = usePipelineHealthStyles();
  const { language, t } = useLanguage();
  const { read, generation } = state;
  const busy = read.status === "reading" || generation.status === "running";
  return (
    <div className={view.panel}>
      <Field label={t("healthSourceLabel")}>
        <Select value={state.sourceKey ?? ""} onChange={(_, data) => state.setSourceKey(data.value)}>
          {state.sources.map((option) => (
            <option key={option.key} value={option.key}>
              {sourceLabel(option, language)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || state.sourceKey === undefined}
          icon={read.status === "reading" ? <Spinner size="tiny" /> : undefined}
          onClick={() => void state.readSource()}
        >
          {read.status === "reading" ? t("healthReading") : t("healthRead")}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void state.refreshSources()}>
          {t("healthRefreshSources")}
        </Button>
      </div>
      {read.status === "reading" && (
        <Field
          label={
            read.totalRows > 0
              ? t("healthReadProgress", {
                  read: amountText(read.rowsRead, language),
                  total: amountText(read.totalRows, language),
                })
              : t("healthReading")
          }
        >
          <ProgressBar value={read.totalRows > 0 ? read.rowsRead / read.totalRows : undefined} />
        </Field>
      )}
      {read.status === "read" && (
        <p className={styles.note}>
          {t("healthTableRead", {
            sheet: read.table.sheet,
            rows: amountText(read.table.rows.length, language),
          })}
        </p>
      )}
      {read.status === "failed" && (
        <OutcomeMessage intent="error" title={t("healthReadFailureTitle")} onDismiss={state.dismiss}>
          <div>{read.failure.message[language]}</div>
        </OutcomeMessage>
      )}
      {state.sourcesFailure !== undefined && (
        <OutcomeMessage
          intent="error"
          title={t("healthReadFailureTitle")}
          onDismiss={() => void state.refreshSources()}
        >
          <div>{state.sourcesFailure.message[language]}</div>
        </OutcomeMessage>
      )}
    </div>
  );
}

function ReportSettings({ state }: { state: PipelineHealthState }) {
  const view = useViewStyles();
  const { t } = useLanguage();
  const running = state.generation.status === "running";
  return (
    <div className={view.panel}>
      <Field label={t("healthStagesLabel")}>
        <RadioGroup
          value={state.stageList}
          onChange={(_, data) => state.setStageList(data.value as StageListChoice)}
        >
          {state.settingsSheet !== undefined && (
            <Radio value="settings" label={t("healthStagesSettings", { sheet: state.settingsSheet })} />
          )}
          <Radio value="default" label={t("healthStagesDefault")} />
        </RadioGroup>
      </Field>
      <Field
        label={t("healthAsOfLabel")}
        validationState={state.asOf === null ? "error" : "none"}
        validationMessage={state.asOf === null ? t("healthAsOfInvalid") : undefined}
      >
        <Input type="date" value={state.asOfText} onChange={(_, data) => state.setAsOfText(data.value)} />
      </Field>
      <Field label={t("healthDateOrderLabel")}>
        <Select value={state.dateOrder} onChange={(_, data) => state.setDateOrder(data.value as DateOrder)}>
          {DATE_ORDERS.map(([order, label]) => (
            <option key={order} value={order}>
              {t(label)}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        disabledFocusable={!state.canGenerate || running}
        icon={running ? <Spinner size="tiny" /> : undefined}
        onClick={() => void state.generate()}
      >
        {running ? t("generating") : t("healthGenerate")}
      </Button>
    </div>
  );
}
