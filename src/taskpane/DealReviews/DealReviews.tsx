/**
 * The Deal reviews view (商机评估): "Evaluate this deal" — the evaluation form chosen, started for the deal of the
 * pipeline row under the selection — and "Build / update review board", with what the board found: the evaluation
 * sheets, the sheets not recognised (and why), each deal's gate failures and the cells not read. Below, the inputs
 * every pipeline view shares. Composition only: the state lives in `useDealReviews`, the work in reviewRun.ts.
 */
import { Button, Field, mergeClasses, Select, Spinner } from "@fluentui/react-components";
import { EVALUATION_KINDS, type EvaluationKind } from "../../core/reviews";
import type { ColumnRole } from "../../core/pipeline";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { WithPipelineSource } from "../shared/PipelineSourceContext";
import { PipelineSettingsFields } from "../shared/PipelineSettingsFields";
import { PipelineSourceSteps } from "../shared/PipelineSourceSteps";
import { useViewStyles } from "../shared/viewStyles";
import { ViewSection } from "../shared/ViewSection";
import { useDealReviewsStyles } from "./DealReviews.styles";
import type { BoardBuilt } from "./reviewRun";
import { useDealReviews, type DealReviewsState } from "./useDealReviews";

/** Props of {@link DealReviews}. */
export interface DealReviewsProps {
  /** Today's date, the default as-of date, when the view has no shared pipeline source above it. */
  readonly today?: () => Date;
}

/** The columns reviews cannot do without: the stage (the deal is known by its id, else its name or row). */
const REVIEW_ROLES: readonly ColumnRole[] = ["stage"];

/**
 * The Deal reviews view.
 * @example <DealReviews />
 */
export function DealReviews({ today }: DealReviewsProps) {
  return (
    <WithPipelineSource today={today}>
      <DealReviewsView />
    </WithPipelineSource>
  );
}

function DealReviewsView() {
  const { t } = useLanguage();
  const state = useDealReviews();
  const busy = state.evaluation.status === "running" || state.board.status === "running";
  return (
    <ViewSection heading={t("reviewsHeading")} intro={t("reviewsIntro")}>
      {state.read.status === "read" && (
        <>
          <EvaluatePanel state={state} />
          <BoardPanel state={state} />
        </>
      )}
      <PipelineSourceSteps
        source={state}
        busy={busy}
        requiredRoles={REVIEW_ROLES}
        settings={<ReviewSettings state={state} />}
      />
    </ViewSection>
  );
}

/** "Evaluate this deal": the form and the button, and what came of it. */
function EvaluatePanel({ state }: { state: DealReviewsState }) {
  const view = useViewStyles();
  const styles = useDealReviewsStyles();
  const { t, text } = useLanguage();
  const { evaluation } = state;
  return (
    <section className={view.panel} aria-label={t("reviewsEvaluateHeading")}>
      <h3 className={styles.panelHeading}>{t("reviewsEvaluateHeading")}</h3>
      <p className={styles.note}>{t("reviewsEvaluateHint")}</p>
      <div className={styles.actions}>
        <Field label={t("reviewsKindLabel")} className={styles.kind}>
          <Select value={state.kind} onChange={(_, data) => state.setKind(data.value as EvaluationKind)}>
            {EVALUATION_KINDS.map((definition) => (
              <option key={definition.kind} value={definition.kind}>
                {text(definition.label)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          disabled={evaluation.status === "running"}
          onClick={() => void state.evaluate()}
        >
          {t("reviewsEvaluate")}
        </Button>
      </div>
      {evaluation.status === "running" && <Spinner size="tiny" />}
      {evaluation.status === "done" && (
        <OutcomeMessage
          intent="success"
          title={t("reviewsEvaluatedTitle")}
          notes={evaluation.result.notes}
          onDismiss={state.dismissEvaluation}
        >
          {t("reviewsEvaluated", { sheet: evaluation.result.sheet, deal: evaluation.result.deal.dealId })}
        </OutcomeMessage>
      )}
      {evaluation.status === "failed" && (
        <OutcomeMessage
          intent="error"
          title={t("reviewsEvaluateFailureTitle")}
          onDismiss={state.dismissEvaluation}
        >
          {text(evaluation.failure.message)}
        </OutcomeMessage>
      )}
    </section>
  );
}

/** "Build / update review board", and what the board found. */
function BoardPanel({ state }: { state: DealReviewsState }) {
  const view = useViewStyles();
  const styles = useDealReviewsStyles();
  const { t, text } = useLanguage();
  const { board } = state;
  return (
    <section className={mergeClasses(view.panel, styles.revealed)} aria-label={t("reviewsBoardHeading")}>
      <h3 className={styles.panelHeading}>{t("reviewsBoardHeading")}</h3>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={board.status === "running" || state.asOf === null}
          onClick={() => void state.build()}
        >
          {t("reviewsBuild")}
        </Button>
      </div>
      <p className={styles.note}>{t("reviewsLastEdited")}</p>
      {board.status === "running" && <Spinner size="tiny" />}
      {board.status === "done" && (
        <>
          <OutcomeMessage
            intent="success"
            title={t("reviewsBuiltTitle")}
            notes={board.result.notes}
            onDismiss={state.dismissBoard}
          >
            {t("reviewsBuilt", { sheet: board.result.sheet })}
          </OutcomeMessage>
          <BoardFindings built={board.result} />
        </>
      )}
      {board.status === "failed" && (
        <OutcomeMessage intent="error" title={t("reviewsBuildFailureTitle")} onDismiss={state.dismissBoard}>
          {text(board.failure.message)}
        </OutcomeMessage>
      )}
    </section>
  );
}

/** The sheets the board found, those not recognised, the gate failures per deal and the cells not read. */
function BoardFindings({ built }: { built: BoardBuilt }) {
  const styles = useDealReviewsStyles();
  const { t, text } = useLanguage();
  const { found, unrecognised } = built.evaluations;
  const failing = [...built.gates].filter(([, failures]) => failures.length > 0);
  const unread = [...built.evidence].flatMap(([, read]) => read.unreadable);
  return (
    <>
      {found.length === 0 ? (
        <p className={styles.note}>{t("reviewsNoSheets")}</p>
      ) : (
        <section aria-label={t("reviewsSheetsFound", { count: found.length })}>
          <h4 className={styles.listHeading}>{t("reviewsSheetsFound", { count: found.length })}</h4>
          <ul className={styles.list}>
            {found.map((f) => (
              <li key={f.sheet}>
                {f.sheet} · {f.identity.dealId}
              </li>
            ))}
          </ul>
        </section>
      )}
      {unrecognised.length > 0 && (
        <section aria-label={t("reviewsUnrecognisedHeading")}>
          <h4 className={styles.listHeading}>{t("reviewsUnrecognisedHeading")}</h4>
          <ul className={styles.list}>
            {unrecognised.map((u) => (
              <li key={u.sheet}>
                {u.sheet}
                {text({ zh: "：", en: ": " })}
                {text(u.reason)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {found.length > 0 && (
        <section aria-label={t("reviewsGatesHeading")}>
          <h4 className={styles.listHeading}>{t("reviewsGatesHeading")}</h4>
          {failing.length === 0 ? (
            <p className={styles.note}>{t("reviewsGatesNone")}</p>
          ) : (
            <ul className={styles.list}>
              {failing.map(([dealId, failures]) => (
                <li key={dealId}>
                  <span className={styles.deal}>{dealId}</span>
                  <ul className={styles.list}>
                    {failures.map((f) => (
                      <li key={f.rule.id} className={styles.failure}>
                        {text(f.rule.name)}
                        {text({ zh: "：", en: ": " })}
                        {text(f.detail)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {unread.length > 0 && (
        <section aria-label={t("reviewsUnreadHeading")}>
          <h4 className={styles.listHeading}>{t("reviewsUnreadHeading")}</h4>
          <ul className={styles.list}>
            {unread.map((cell) => (
              <li key={`${cell.sheet}!${cell.address}`}>
                {cell.sheet}!{cell.address}
                {text({ zh: "：", en: ": " })}
                {text(cell.reason)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** How the pipeline is read: the as-of date, the date order and the stage list. */
function ReviewSettings({ state }: { state: DealReviewsState }) {
  const view = useViewStyles();
  const styles = useDealReviewsStyles();
  const { t } = useLanguage();
  return (
    <div className={view.panel}>
      <h3 className={styles.panelHeading}>{t("reviewsSettingsHeading")}</h3>
      <PipelineSettingsFields source={state} />
    </div>
  );
}
