/**
 * The coaching under a stage card: the stage's goal from the deck's overview slide, the forms the stage uses
 * (with the action each serves), and the deck's coaching topics, each folded under its title (a native
 * disclosure: keyboard and screen-reader support come with it).
 */
import { useId } from "@fluentui/react-components";
import type { StageDefinition } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import { useStageGuideStyles } from "./StageGuide.styles";
import { COACHING_TEXT, stageCoachingView } from "./stageCoachingView";

/** Props of {@link StageCoaching}. */
export interface StageCoachingProps {
  readonly stage: StageDefinition;
}

/**
 * The coaching of one stage.
 * @example <StageCoaching stage={stageById("won")} />
 */
export function StageCoaching({ stage }: StageCoachingProps) {
  const styles = useStageGuideStyles();
  const { text, language } = useLanguage();
  const headingId = useId("coaching-heading");
  const view = stageCoachingView(stage);
  const colon = language === "zh" ? "：" : ": ";

  return (
    <section className={styles.coaching} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.coachingHeading}>
        {`${text(COACHING_TEXT.goal)}${colon}${text(view.goal)}`}
      </h4>

      {view.templates.length > 0 && (
        <>
          <p className={styles.coachingLabel}>{text(COACHING_TEXT.forms)}</p>
          <ul className={styles.coachingList}>
            {view.templates.map((template) => (
              <li key={template.id}>
                <strong>{text(template.title)}</strong>
                {colon}
                {text(template.purpose)}
              </li>
            ))}
          </ul>
        </>
      )}

      {view.actionForms.length > 0 && (
        <>
          <p className={styles.coachingLabel}>{text(COACHING_TEXT.actionForms)}</p>
          <ul className={styles.coachingList} aria-label={text(COACHING_TEXT.actionForms)}>
            {view.actionForms.map(({ action, template }) => (
              <li key={action.zh}>{`${text(action)} → ${text(template.title)}`}</li>
            ))}
          </ul>
        </>
      )}

      {view.topics.length > 0 && (
        <>
          <p className={styles.coachingLabel}>{text(COACHING_TEXT.coaching)}</p>
          {view.topics.map((topic) => (
            <details key={topic.id} className={styles.topic}>
              <summary className={styles.topicTitle}>{text(topic.title)}</summary>
              {topic.note.map((line) => (
                <p key={line.zh} className={styles.coachingNote}>
                  {text(line)}
                </p>
              ))}
              <ul className={styles.coachingList}>
                {topic.items.map((item) => (
                  <li key={item.zh}>{text(item)}</li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
