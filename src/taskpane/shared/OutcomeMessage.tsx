/**
 * The message that tells how an action ended (an insert, a generated template): a success or error MessageBar
 * with a title, a body and a Dismiss button. Presentational only: the caller says what to show.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLanguage } from "../language/LanguageContext";

/** Props of {@link OutcomeMessage}. */
export interface OutcomeMessageProps {
  /** Whether the action succeeded or failed. */
  readonly intent: "success" | "error";
  /** The title, which is also the message's accessible name. */
  readonly title: string;
  /** What happened, in the pane's language. */
  readonly children: ReactNode;
  /** Hides the message. */
  readonly onDismiss: () => void;
}

/**
 * An outcome message, a `group` named by its title.
 * @example
 * <OutcomeMessage intent="error" title={t("insertFailureTitle")} onDismiss={dismiss}>
 *   {error.message[language]}
 * </OutcomeMessage>
 */
export function OutcomeMessage({ intent, title, children, onDismiss }: OutcomeMessageProps) {
  const { t } = useLanguage();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
