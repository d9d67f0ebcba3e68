/**
 * The message that tells how an action ended (an insert, a generated template): a success or error MessageBar
 * with a title, a body, the workbook's notes on what it could not do as asked (a funnel chart drawn as bars, a
 * sheet that prints without scaling — a success with notes shows as a warning) and a Dismiss button.
 * Presentational only: the caller says what to show.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Bilingual } from "../../core/kernel";
import { useLanguage } from "../language/LanguageContext";

/** Props of {@link OutcomeMessage}. */
export interface OutcomeMessageProps {
  /** Whether the action succeeded or failed. */
  readonly intent: "success" | "error";
  /** The title, which is also the message's accessible name. */
  readonly title: string;
  /** What happened, in the pane's language. */
  readonly children: ReactNode;
  /** The workbook's notes on what it did not do as asked, shown in the pane's language after `children`. */
  readonly notes?: readonly Bilingual[];
  /** Hides the message. */
  readonly onDismiss: () => void;
}

/**
 * An outcome message, a `group` named by its title.
 * @example
 * <OutcomeMessage intent="error" title={t("insertFailureTitle")} onDismiss={dismiss}>
 *   {text(error.message)}
 * </OutcomeMessage>
 */
export function OutcomeMessage({ intent, title, children, notes = [], onDismiss }: OutcomeMessageProps) {
  const { t, text } = useLanguage();
  return (
    <MessageBar intent={intent === "success" && notes.length > 0 ? "warning" : intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
        {notes.map((note, i) => (
          <div key={i}>{text(note)}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
