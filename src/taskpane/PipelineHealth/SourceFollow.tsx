/**
 * What the pane says about following the data after a report: the offer to turn a plain range into an Excel
 * table (so the report's live figures follow rows added later), and the notice that the data changed since the
 * report was made, with a Refresh button for the parts that are not live. Presentational: the view acts.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { useLanguage } from "../language/LanguageContext";

/** Props of {@link MakeTableOffer}. */
export interface MakeTableOfferProps {
  /** Turns the data into a table (and reads it again). */
  readonly onMake: () => void;
  readonly busy?: boolean;
}

/**
 * The offer to turn the plain range read into an Excel table.
 * @example <MakeTableOffer onMake={() => void state.makeTable()} />
 */
export function MakeTableOffer({ onMake, busy = false }: MakeTableOfferProps) {
  const { t } = useLanguage();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("healthPlainRangeTitle")}</MessageBarTitle>
        {t("healthPlainRange")}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={onMake}
        >
          {t("healthMakeTable")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Props of {@link SourceChangedNotice}. */
export interface SourceChangedNoticeProps {
  /** Whether the data is an Excel table (its live figures follow it) or a plain range (they do not). */
  readonly followsRows: boolean;
  /** Reads the data again and makes the report again, in place. */
  readonly onRefresh: () => void;
  readonly busy?: boolean;
}

/**
 * The notice that the data changed after the report was made.
 * @example <SourceChangedNotice followsRows onRefresh={() => void state.refresh()} />
 */
export function SourceChangedNotice({ followsRows, onRefresh, busy = false }: SourceChangedNoticeProps) {
  const { t } = useLanguage();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("healthSourceChangedTitle")}</MessageBarTitle>
        {t(followsRows ? "healthSourceChanged" : "healthSourceChangedPlain")}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          appearance="primary"
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={onRefresh}
        >
          {t("healthRefreshReport")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
