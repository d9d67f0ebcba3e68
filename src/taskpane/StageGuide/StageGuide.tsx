/**
 * The stage guide view: the seven stages in order, each with its markers, characteristics and actions, and
 * under it the deck's coaching for the stage (goal, forms, coaching topics), searchable in either language,
 * and a note on the lost outcome.
 */
import { Field, SearchBox, useId } from "@fluentui/react-components";
import { LOST } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import { percentText } from "../percent";
import { ViewSection } from "../shared/ViewSection";
import { StageCard } from "../StageCard/StageCard";
import { StageCoaching } from "./StageCoaching";
import { useStageGuideStyles } from "./StageGuide.styles";
import { useStageGuide } from "./useStageGuide";

/**
 * The stage guide.
 * @example <StageGuide />
 */
export function StageGuide() {
  const styles = useStageGuideStyles();
  const { t, text } = useLanguage();
  const { query, setQuery, searching, entries, total } = useStageGuide();
  const lostHeadingId = useId("lost-heading");
  const trimmed = query.trim();

  return (
    <ViewSection heading={t("stageGuideHeading")} intro={t("stageGuideIntro")}>
      <Field label={t("searchLabel")}>
        <SearchBox
          value={query}
          placeholder={t("searchPlaceholder")}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <div role="status" className={styles.status}>
        {searching &&
          (entries.length > 0
            ? t("searchCount", { query: trimmed, count: entries.length, total })
            : t("searchNoMatch", { query: trimmed }))}
      </div>

      {entries.length > 0 && (
        <ol className={styles.stages}>
          {entries.map(({ stage, nextStage }) => (
            <li key={stage.id} className={styles.entry}>
              <StageCard stage={stage} nextStage={nextStage} />
              <StageCoaching stage={stage} />
            </li>
          ))}
        </ol>
      )}

      <section className={styles.lost} aria-labelledby={lostHeadingId}>
        <h3 id={lostHeadingId} className={styles.lostHeading}>
          {t("lostHeading", { lost: text(LOST.name) })}
        </h3>
        <p className={styles.lostNote}>{t("lostNote", { percent: percentText(LOST.defaultProbability) })}</p>
      </section>
    </ViewSection>
  );
}
