/**
 * One stage of the guide: its markers (标志), characteristics (特征) and actions (动作), the evidence the
 * next stage needs, its default probability, and a button that inserts its actions into the selected cell.
 */
import { Badge, Button, useId } from "@fluentui/react-components";
import type { Bilingual } from "../../core/kernel";
import type { StageDefinition } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import { percentText } from "../percent";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { useStageCardStyles } from "./StageCard.styles";
import { addressWithinSheet, useStageCard, type InsertState } from "./useStageCard";

/** Props of {@link StageCard}. */
export interface StageCardProps {
  readonly stage: StageDefinition;
  /** The stage after this one in the funnel; none for the last stage. */
  readonly nextStage?: StageDefinition;
}

/**
 * A card for one stage.
 * @example <StageCard stage={STAGES[0]} nextStage={STAGES[1]} />
 */
export function StageCard({ stage, nextStage }: StageCardProps) {
  const styles = useStageCardStyles();
  const { t, text } = useLanguage();
  const { insert, insertActions, dismiss } = useStageCard(stage.id);
  const titleId = useId("stage-title");
  const name = text(stage.name);
  const pending = insert.status === "pending";

  return (
    <article className={styles.root} aria-labelledby={titleId}>
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <span className={styles.number}>{t("stageNumber", { number: stage.number })}</span>
          <h3 id={titleId} className={styles.title}>
            {name}
          </h3>
        </div>
        <Badge appearance="tint" color="brand">
          {t("probabilityBadge", { percent: percentText(stage.defaultProbability) })}
        </Badge>
      </header>

      <h4 className={styles.sectionHeading}>{t("markersHeading")}</h4>
      <TextList items={stage.markers} className={styles.list} />

      <h4 className={styles.sectionHeading}>{t("characteristicsHeading")}</h4>
      {stage.characteristics.length > 0 ? (
        <TextList items={stage.characteristics} className={styles.list} />
      ) : (
        <p className={styles.none}>{t("noCharacteristics")}</p>
      )}

      <h4 className={styles.sectionHeading}>{t("actionsHeading")}</h4>
      <TextList items={stage.actions} className={styles.list} />

      <section className={styles.next}>
        {nextStage ? (
          <>
            <p className={styles.nextText}>{t("nextStageNeeds", { stage: text(nextStage.name) })}</p>
            <TextList items={nextStage.markers} className={styles.list} />
          </>
        ) : (
          <p className={styles.nextText}>{t("finalStage")}</p>
        )}
      </section>

      <Button
        className={styles.insert}
        aria-label={t("insertActionsForStage", { stage: name })}
        disabledFocusable={pending}
        onClick={() => void insertActions()}
      >
        {pending ? t("inserting") : t("insertActions")}
      </Button>
      <InsertMessage insert={insert} onDismiss={dismiss} />
    </article>
  );
}

function TextList({ items, className }: { items: readonly Bilingual[]; className: string }) {
  const { text } = useLanguage();
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.zh}>{text(item)}</li>
      ))}
    </ul>
  );
}

function InsertMessage({ insert, onDismiss }: { insert: InsertState; onDismiss: () => void }) {
  const { t, text } = useLanguage();
  if (insert.status !== "done") return null;
  const { result, formula } = insert;
  return (
    <OutcomeMessage
      intent={result.ok ? "success" : "error"}
      title={result.ok ? t("insertSuccessTitle") : t("insertFailureTitle")}
      onDismiss={onDismiss}
    >
      {result.ok
        ? t("insertSuccess", {
            formula,
            sheet: result.value.sheet,
            address: addressWithinSheet(result.value.address),
          })
        : text(result.error.message)}
    </OutcomeMessage>
  );
}
