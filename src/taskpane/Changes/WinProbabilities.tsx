/**
 * The win probabilities from observed moves (按实际移动计算的赢单概率) beside the default ones, and the action
 * "Use these probabilities" that writes them into the stage settings sheet's probability column: offered only when
 * the workbook has that sheet (else a line saying to create it in Templates); it lists each change old → new and
 * writes only after the user confirms. Composition only: the state lives in `useWriteProbabilities`.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { Language } from "../../core/kernel";
import type { SnapshotChanges } from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { useViewStyles } from "../shared/viewStyles";
import { shareText } from "../PipelineHealth/healthFigures";
import { useChangesStyles } from "./Changes.styles";
import { chainRows } from "./changesDisplay";
import { ChangesTable } from "./ChangesTable";
import { useWriteProbabilities } from "./useWriteProbabilities";

/** Props of {@link WinProbabilities}. */
export interface WinProbabilitiesProps {
  readonly changes: SnapshotChanges;
  readonly scheme: StageScheme;
  /** Called once the probabilities are written (to read the stage list again). */
  readonly onWritten?: () => void;
}

/**
 * What a probability cell holds now, as the confirmation shows it: a share, "—" for a blank, else its text.
 * @example oldProbabilityText(0.75, "en") // "75%"
 */
export function oldProbabilityText(old: unknown, language: Language): string {
  if (typeof old === "number") return shareText(old, language);
  return old === "" || old === null || old === undefined ? "—" : String(old);
}

/**
 * The win probabilities section.
 * @example <WinProbabilities changes={changes} scheme={scheme} />
 */
export function WinProbabilities({ changes, scheme, onWritten }: WinProbabilitiesProps) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { language, t, text } = useLanguage();
  const { writing, prepare, confirm, dismiss } = useWriteProbabilities(changes.chain, scheme, onWritten);
  const heading = t("changesChainHeading");
  const busy = writing.status === "reading" || writing.status === "writing";
  return (
    <section className={view.panel} aria-label={heading}>
      <h3 className={styles.panelHeading}>{heading}</h3>
      <p className={styles.note}>{t("changesChainIntro")}</p>
      <ChangesTable
        label={heading}
        heads={[
          t("changesStage"),
          t("changesChainDefault"),
          t("changesChainObserved"),
          t("changesChainMoves"),
        ]}
        rows={chainRows(changes, scheme, language)}
        numeric={[1, 2, 3]}
      />
      {writing.status === "noSheet" && <p className={styles.note}>{t("changesUseNeedsSheet")}</p>}
      {(writing.status === "confirm" || writing.status === "writing") && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("changesUseConfirmTitle", { sheet: writing.sheet })}</MessageBarTitle>
            {t("changesUseConfirmBody")}
            <ul className={styles.changeList}>
              {writing.changes.map((change) => (
                <li key={change.address}>
                  {t("changesUseChange", {
                    stage: text(change.stage),
                    cell: change.address,
                    old: oldProbabilityText(change.old, language),
                    value: shareText(change.value, language),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabledFocusable={writing.status === "writing"}
              icon={writing.status === "writing" ? <Spinner size="tiny" /> : undefined}
              onClick={() => void confirm()}
            >
              {t("changesUseWrite")}
            </Button>
            <Button disabledFocusable={writing.status === "writing"} onClick={dismiss}>
              {t("changesConfirmCancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {writing.status === "nothing" && (
        <p className={styles.note}>{t("changesUseNothing", { sheet: writing.sheet })}</p>
      )}
      {writing.status === "done" && (
        <OutcomeMessage intent="success" title={t("changesUseProbabilities")} onDismiss={dismiss}>
          {t("changesUseDone", { count: writing.count, sheet: writing.sheet })}
        </OutcomeMessage>
      )}
      {writing.status === "failed" && (
        <OutcomeMessage intent="error" title={t("changesUseFailedTitle")} onDismiss={dismiss}>
          {text(writing.failure.message)}
        </OutcomeMessage>
      )}
      {writing.status !== "noSheet" && writing.status !== "checking" && (
        <div className={styles.actions}>
          <Button
            disabledFocusable={busy || writing.status === "confirm"}
            icon={writing.status === "reading" ? <Spinner size="tiny" /> : undefined}
            onClick={() => void prepare()}
          >
            {t("changesUseProbabilities")}
          </Button>
        </div>
      )}
    </section>
  );
}
