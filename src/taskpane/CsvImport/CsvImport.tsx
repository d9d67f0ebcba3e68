/**
 * The CSV import panel the data step opens: pick a file, check the detected encoding and delimiter, see the first
 * rows with each column's role and kind, state the date order, import to a new sheet with progress, and read
 * the outcome — the sheet written and every row not imported. Composition only: the state is `useCsvImport`'s.
 */
import {
  Button,
  Field,
  Label,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useId,
} from "@fluentui/react-components";
import {
  CSV_DELIMITERS,
  CSV_ENCODINGS,
  type CsvDelimiter,
  type CsvEncoding,
  type ImportColumn,
} from "../../core/import";
import type { DateOrder } from "../../core/kernel";
import { COLUMN_ROLE_NAMES } from "../../core/pipeline";
import { t as translate, UI_STRINGS, type UiStringKey } from "../../core/i18n";
import type { TableImported } from "../../excel/gateway";
import { amountText } from "../PipelineHealth/healthFigures";
import { percentText } from "../percent";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { usePipelineSourceStyles } from "../shared/pipelineSource.styles";
import { useViewStyles } from "../shared/viewStyles";
import { useCsvImportStyles } from "./CsvImport.styles";
import { useCsvImport } from "./useCsvImport";
import { useRef } from "react";

const ENCODING_LABELS: Record<CsvEncoding, UiStringKey> = {
  "utf-8": "csvImportEncodingUtf8",
  gb18030: "csvImportEncodingGb18030",
  "utf-16le": "csvImportEncodingUtf16le",
  "utf-16be": "csvImportEncodingUtf16be",
};
const DELIMITER_LABELS: Record<CsvDelimiter, UiStringKey> = {
  ",": "csvImportDelimiterComma",
  ";": "csvImportDelimiterSemicolon",
  "\t": "csvImportDelimiterTab",
};
const DELIMITER_KEYS: Record<CsvDelimiter, string> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
};
const ORDER_LABELS: Record<DateOrder, UiStringKey> = {
  dmy: "healthDateOrderDmy",
  mdy: "healthDateOrderMdy",
  ymd: "healthDateOrderYmd",
};
/** The most rows not imported the outcome lists one by one. */
const LISTED_REJECTIONS = 50;

const kindLabel = (column: ImportColumn): UiStringKey =>
  column.id
    ? "csvImportKindId"
    : column.kind === "date"
      ? "csvImportKindDate"
      : column.kind === "number"
        ? "csvImportKindNumber"
        : "csvImportKindText";

/** Props of {@link CsvImport}. */
export interface CsvImportProps {
  /** Called with the sheet (and table) written, to select it as the data. */
  readonly onImported?: (imported: TableImported) => void;
}

/**
 * The CSV import panel.
 * @example <CsvImport onImported={(imported) => source.useImported(imported)} />
 */
export function CsvImport({ onImported }: CsvImportProps) {
  const view = useViewStyles();
  const shared = usePipelineSourceStyles();
  const styles = useCsvImportStyles();
  const { language, t, text } = useLanguage();
  const state = useCsvImport({ onImported });
  const { run, columns } = state;
  const fileInput = useId("csv-file");
  const fileField = useRef<HTMLInputElement>(null);
  const busy = run.status === "reading" || run.status === "writing";
  const sizeText = (bytes: number) =>
    bytes < 1024 * 1024
      ? `${amountText(Math.ceil(bytes / 1024), language)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

  return (
    <section className={view.panel} aria-label={t("csvImportHeading")}>
      <h3 className={shared.panelHeading}>{t("csvImportHeading")}</h3>
      <p className={shared.note}>{t("csvImportIntro")}</p>
      <Label htmlFor={fileInput}>{t("csvImportFileLabel")}</Label>
      {/* The browser's own file button speaks the browser's language: a Fluent button in the pane's opens it. */}
      <input
        id={fileInput}
        ref={fileField}
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        className={styles.fileInput}
        disabled={busy}
        onChange={(event) => void state.chooseFile(event.target.files?.[0])}
      />
      <Button className={styles.fileButton} disabled={busy} onClick={() => fileField.current?.click()}>
        {t("csvImportChooseFile")}
      </Button>
      {state.file !== undefined && (
        <p className={shared.note}>
          {t("csvImportFileChosen", {
            name: state.file.name,
            size: sizeText(state.file.size),
          })}
        </p>
      )}
      {state.fileFailure !== undefined && (
        <OutcomeMessage
          intent="error"
          title={t("csvImportFileFailure")}
          onDismiss={() => void state.chooseFile(undefined)}
        >
          <div>{text(state.fileFailure.message)}</div>
        </OutcomeMessage>
      )}
      {state.file !== undefined && (
        <>
          <div className={shared.actions}>
            <Field label={t("csvImportEncodingLabel")}>
              <Select
                value={state.encoding}
                disabled={busy}
                onChange={(_, data) => state.setEncoding(data.value as CsvEncoding)}
              >
                {CSV_ENCODINGS.map((encoding) => (
                  <option key={encoding} value={encoding}>
                    {text(UI_STRINGS[ENCODING_LABELS[encoding]])}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("csvImportDelimiterLabel")}>
              <Select
                value={DELIMITER_KEYS[state.delimiter]}
                disabled={busy}
                onChange={(_, data) =>
                  state.setDelimiter(CSV_DELIMITERS.find((d) => DELIMITER_KEYS[d] === data.value) ?? ",")
                }
              >
                {CSV_DELIMITERS.map((delimiter) => (
                  <option key={delimiter} value={DELIMITER_KEYS[delimiter]}>
                    {text(UI_STRINGS[DELIMITER_LABELS[delimiter]])}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.preview}>
            <Table size="extra-small" className={styles.table}>
              <caption className={styles.caption}>
                {t("csvImportPreviewCaption", {
                  rows: state.previewRecords.length,
                  columns: columns.length,
                })}
              </caption>
              <TableHeader>
                <TableRow>
                  {columns.map((column, c) => (
                    <TableHeaderCell key={c} className={styles.cell}>
                      <span>
                        {column.header}
                        <span className={styles.columnKind}>
                          {column.role === undefined
                            ? t("csvImportNoRole")
                            : text(COLUMN_ROLE_NAMES[column.role])}
                          {" · "}
                          {text(UI_STRINGS[kindLabel(column)])}
                        </span>
                      </span>
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {state.previewRecords.map((record, r) => (
                  <TableRow key={r}>
                    {columns.map((_, c) => (
                      <TableCell key={c} className={styles.cell}>
                        {record[c] ?? ""}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {state.hasDates && (
            <Field
              label={t("csvImportDateOrderLabel")}
              validationState={state.dateOrder === undefined ? "warning" : "none"}
              validationMessage={state.dateOrder === undefined ? t("csvImportDateOrderNeeded") : undefined}
            >
              <RadioGroup
                layout="horizontal"
                value={state.dateOrder ?? ""}
                disabled={busy}
                onChange={(_, data) => state.setDateOrder(data.value as DateOrder)}
              >
                {(["dmy", "mdy", "ymd"] as const).map((order) => (
                  <Radio key={order} value={order} label={text(UI_STRINGS[ORDER_LABELS[order]])} />
                ))}
              </RadioGroup>
            </Field>
          )}
          <div className={shared.actions}>
            <Button
              appearance="primary"
              disabledFocusable={!state.canImport}
              onClick={() => void state.startImport()}
            >
              {t("csvImportStart")}
            </Button>
          </div>
        </>
      )}
      {run.status === "reading" && (
        <Field
          label={t("csvImportReading", {
            percent: percentText(run.total > 0 ? run.parsed / run.total : 0),
          })}
        >
          <ProgressBar value={run.total > 0 ? run.parsed / run.total : undefined} />
        </Field>
      )}
      {run.status === "writing" && (
        <Field
          label={t("csvImportWriting", {
            done: amountText(run.done, language),
            total: amountText(run.total, language),
          })}
        >
          <ProgressBar value={run.total > 0 ? run.done / run.total : undefined} />
        </Field>
      )}
      {run.status === "done" && (
        <OutcomeMessage
          intent="success"
          title={t("csvImportDoneTitle")}
          onDismiss={state.dismiss}
          notes={run.rejected.slice(0, LISTED_REJECTIONS).map((rejected) => ({
            zh: translate("csvImportRejectedRow", "zh", {
              row: rejected.row,
              reason: rejected.reason.zh,
            }),
            en: translate("csvImportRejectedRow", "en", {
              row: rejected.row,
              reason: rejected.reason.en,
            }),
          }))}
        >
          <div>
            {run.imported.table === undefined
              ? t("csvImportDone", {
                  rows: amountText(run.imported.rows, language),
                  sheet: run.imported.sheet,
                })
              : t("csvImportDoneTable", {
                  rows: amountText(run.imported.rows, language),
                  sheet: run.imported.sheet,
                  table: run.imported.table,
                })}
          </div>
          {run.rejected.length > 0 && <div>{t("csvImportRejected", { count: run.rejected.length })}</div>}
          {run.rejected.length > LISTED_REJECTIONS && (
            <div>
              {t("csvImportRejectedMore", {
                count: run.rejected.length - LISTED_REJECTIONS,
              })}
            </div>
          )}
        </OutcomeMessage>
      )}
      {run.status === "failed" && (
        <OutcomeMessage intent="error" title={t("csvImportFailureTitle")} onDismiss={state.dismiss}>
          <div>{text(run.failure.message)}</div>
        </OutcomeMessage>
      )}
    </section>
  );
}
