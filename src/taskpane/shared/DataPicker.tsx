/**
 * The data picker views share: choose a table, a sheet or the selection, read it with progress, and see how many
 * rows were read or why not. The list of tables and sheets is made afresh each time the picker opens (a view is
 * opened), so sheets added meanwhile are offered. The state is the shared pipeline source's.
 */
import { Button, Field, ProgressBar, Select, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { TableImported } from "../../excel/gateway";
import { CsvImport } from "../CsvImport/CsvImport";
import { amountText } from "../PipelineHealth/healthFigures";
import { useLanguage } from "../language/LanguageContext";
import { sourceKey, sourceLabel } from "./dataSources";
import { OutcomeMessage } from "./OutcomeMessage";
import { usePipelineSourceStyles } from "./pipelineSource.styles";
import type { PipelineSourceState } from "./usePipelineSource";
import { useViewStyles } from "./viewStyles";

/** Props of {@link DataPicker}. */
export interface DataPickerProps {
  readonly source: PipelineSourceState;
  /** Whether the view is busy with its own work (reading is then not offered). */
  readonly busy?: boolean;
}

/**
 * The data picker.
 * @example <DataPicker source={source} busy={generation.status === "running"} />
 */
export function DataPicker({ source, busy = false }: DataPickerProps) {
  const view = useViewStyles();
  const styles = usePipelineSourceStyles();
  const { language, t, text } = useLanguage();
  const { read } = source;
  const blocked = busy || read.status === "reading";
  const [importing, setImporting] = useState(false);
  const { refreshSources } = source;
  useEffect(() => {
    void refreshSources();
  }, [refreshSources]);
  const selectImported = async (imported: TableImported) => {
    await source.refreshSources();
    source.setSourceKey(
      sourceKey(
        imported.table === undefined
          ? { kind: "sheet", sheet: imported.sheet }
          : { kind: "table", name: imported.table },
      ),
    );
  };
  return (
    <div className={view.panel}>
      <Field label={t("healthSourceLabel")}>
        <Select value={source.sourceKey ?? ""} onChange={(_, data) => source.setSourceKey(data.value)}>
          {source.sources.map((option) => (
            <option key={option.key} value={option.key}>
              {sourceLabel(option, language)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={blocked || source.sourceKey === undefined}
          icon={read.status === "reading" ? <Spinner size="tiny" /> : undefined}
          onClick={() => void source.readSource()}
        >
          {read.status === "reading" ? t("healthReading") : t("healthRead")}
        </Button>
        <Button disabledFocusable={blocked} onClick={() => void source.refreshSources()}>
          {t("healthRefreshSources")}
        </Button>
        <Button
          appearance="subtle"
          aria-expanded={importing}
          disabledFocusable={blocked}
          onClick={() => setImporting((open) => !open)}
        >
          {importing ? t("csvImportClose") : t("csvImportOpen")}
        </Button>
      </div>
      {importing && <CsvImport onImported={(imported) => void selectImported(imported)} />}
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
        <OutcomeMessage intent="error" title={t("healthReadFailureTitle")} onDismiss={source.dismissRead}>
          <div>{text(read.failure.message)}</div>
        </OutcomeMessage>
      )}
      {source.sourcesFailure !== undefined && (
        <OutcomeMessage
          intent="error"
          title={t("healthReadFailureTitle")}
          onDismiss={() => void source.refreshSources()}
        >
          <div>{text(source.sourcesFailure.message)}</div>
        </OutcomeMessage>
      )}
    </div>
  );
}
