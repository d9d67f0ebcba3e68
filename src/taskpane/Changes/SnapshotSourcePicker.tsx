/**
 * The snapshot source of the Changes view: the add-in's history table, or the user's own tables or sheets (weekly
 * exports), each chosen with its as-of date — read from its name, or typed — and read on request. Composition only:
 * the state lives in `useSnapshotSource`.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
} from "@fluentui/react-components";
import { isoDate } from "../../core/kernel";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { useViewStyles } from "../shared/viewStyles";
import { useSnapshotSourceStyles } from "./SnapshotSourcePicker.styles";
import { type SnapshotSourceKey, snapshotSourceText } from "./snapshotSourceStrings";
import type { SnapshotChoiceRow, SnapshotSourceMode, SnapshotSourceState } from "./useSnapshotSource";

/** Props of {@link SnapshotSourcePicker}. */
export interface SnapshotSourcePickerProps {
  readonly state: SnapshotSourceState;
  /** Whether the stage list is still being read (nothing can be read before it is). */
  readonly ready: boolean;
}

/** The texts of the snapshot source in the pane's language (and Chinese script). */
function useSourceText() {
  const { language, inScript } = useLanguage();
  return (key: SnapshotSourceKey, values?: Readonly<Record<string, string | number>>) =>
    inScript(snapshotSourceText(key, language, values));
}

/**
 * The snapshot source: a choice of two, and for the user's own tables the list to choose from.
 * @example <SnapshotSourcePicker state={state.snapshotSource} ready={state.scheme !== undefined} />
 */
export function SnapshotSourcePicker({ state, ready }: SnapshotSourcePickerProps) {
  const view = useViewStyles();
  const styles = useSnapshotSourceStyles();
  const s = useSourceText();
  return (
    <section className={view.panel} aria-label={s("heading")}>
      <h3 className={styles.heading}>{s("heading")}</h3>
      <RadioGroup
        aria-label={s("heading")}
        value={state.mode}
        onChange={(_, data) => state.setMode(data.value as SnapshotSourceMode)}
      >
        <Radio value="history" label={s("fromHistory")} />
        <Radio value="own" label={s("fromOwn")} />
      </RadioGroup>
      {state.mode === "own" && <OwnSnapshots state={state} ready={ready} />}
    </section>
  );
}

function OwnSnapshots({ state, ready }: SnapshotSourcePickerProps) {
  const styles = useSnapshotSourceStyles();
  const s = useSourceText();
  const { read } = state;
  const reading = read.status === "reading";
  const canRead = ready && !reading && state.chosenCount >= 2 && !state.invalidDates;
  return (
    <>
      <p className={styles.note}>{s("ownIntro")}</p>
      {state.rows.length === 0 ? (
        <p className={styles.note}>{s("noChoices")}</p>
      ) : (
        <fieldset className={styles.list} aria-label={s("listLabel")}>
          {state.rows.map((row) => (
            <ChoiceRow key={row.choice.key} row={row} state={state} />
          ))}
        </fieldset>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={!canRead}
          icon={reading ? <Spinner size="tiny" /> : undefined}
          onClick={() => void state.readChosen()}
        >
          {s("read")}
        </Button>
        <span className={styles.note}>
          {state.chosenCount < 2 ? s("needTwo") : s("chosen", { count: state.chosenCount })}
        </span>
      </div>
      {reading && <Spinner size="tiny" label={s("reading", { name: read.name })} />}
      {state.stale && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s("stale")}</MessageBarBody>
        </MessageBar>
      )}
      <ReadOutcome state={state} />
    </>
  );
}

function ChoiceRow({ row, state }: { row: SnapshotChoiceRow; state: SnapshotSourceState }) {
  const styles = useSnapshotSourceStyles();
  const s = useSourceText();
  const { text } = useLanguage();
  const { choice, fromName } = row;
  const label = choice.table
    ? s("tableOption", { name: choice.name, sheet: choice.table.sheet, rows: choice.table.rows })
    : s("sheetOption", { sheet: choice.name });
  const hint = row.typed
    ? row.asOf === null
      ? undefined
      : s("asOfTyped")
    : fromName.kind === "date"
      ? s("asOfFromName")
      : fromName.kind === "unclear"
        ? text(fromName.reason)
        : s("asOfMissing");
  return (
    <div className={styles.row}>
      <Checkbox
        className={styles.choice}
        checked={row.chosen}
        label={label}
        onChange={(_, data) => state.toggle(choice.key, data.checked === true)}
      />
      {row.chosen ? (
        <Field
          className={styles.date}
          validationState={row.typed && row.asOf === null ? "error" : row.asOf === null ? "warning" : "none"}
          validationMessage={
            row.typed && row.asOf === null ? s("asOfInvalid") : row.asOf === null ? hint : undefined
          }
          hint={row.asOf === null ? undefined : hint}
        >
          <Input
            className={styles.dateInput}
            type="date"
            aria-label={s("asOfLabel", { name: choice.name })}
            value={row.dateText}
            onChange={(_, data) => state.setDateText(choice.key, data.value)}
          />
        </Field>
      ) : (
        fromName.kind === "date" && <span className={styles.nameDate}>{isoDate(fromName.asOf)}</span>
      )}
    </div>
  );
}

function ReadOutcome({ state }: { state: SnapshotSourceState }) {
  const s = useSourceText();
  const { text } = useLanguage();
  const { read } = state;
  if (!state.outcomeShown) return null;
  if (read.status === "failed") {
    return (
      <OutcomeMessage intent="error" title={s("readFailedTitle")} onDismiss={state.dismissRead}>
        {text(read.failure.message)}
      </OutcomeMessage>
    );
  }
  if (read.status !== "ready") return null;
  const { used, leftOut } = read.read;
  const summary =
    used.length === 0
      ? s("readNone")
      : s("readDone", {
          count: used.length,
          from: isoDate(used[0].asOf),
          to: isoDate(used[used.length - 1].asOf),
        });
  const notes = leftOut.map((table) => ({
    zh: `“${table.name}”：${table.reason.zh}`,
    en: `“${table.name}”: ${table.reason.en}`,
  }));
  return (
    <OutcomeMessage
      intent={used.length >= 2 ? "success" : "error"}
      title={s("heading")}
      notes={notes}
      onDismiss={state.dismissRead}
    >
      {summary}
      {notes.length > 0 && <div>{s("leftOutTitle")}</div>}
    </OutcomeMessage>
  );
}
