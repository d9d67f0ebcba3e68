/**
 * The column mapping as a step of a pipeline view: one line that says how many columns were recognised (or mapped
 * as the user last set them for this table) with an Edit button, and the full mapping folded behind it. The
 * mapping opens by itself when a role the view requires (the stage; for the forecast also the amount and the
 * expected close date) has no column, and stays open while the user edits.
 * Presentational: the state is the shared pipeline source's.
 */
import { Button, useId } from "@fluentui/react-components";
import { useState } from "react";
import { REQUIRED_ROLES, type ColumnRole } from "../../core/pipeline";
import { useLanguage } from "../language/LanguageContext";
import { MappingEditor } from "./MappingEditor";
import { usePipelineSourceStyles } from "./pipelineSource.styles";
import { mappedRoles, type PipelineSourceState } from "./usePipelineSource";
import { useViewStyles } from "./viewStyles";

/** Props of {@link ColumnMappingStep}. */
export interface ColumnMappingStepProps {
  readonly source: PipelineSourceState;
  /** The roles the view needs a column for (the stage by default); the mapping opens while one has none. */
  readonly requiredRoles?: readonly ColumnRole[];
}

/**
 * The mapping's summary and folded editor, once the data is read (nothing before). Give it the table's mapping
 * key as its React key, so each table read starts folded.
 * @example <ColumnMappingStep key={source.mappingKey} source={source} />
 */
export function ColumnMappingStep({ source, requiredRoles = REQUIRED_ROLES }: ColumnMappingStepProps) {
  const view = useViewStyles();
  const styles = usePipelineSourceStyles();
  const { t } = useLanguage();
  const headingId = useId("mapping-heading");
  const editorId = useId("mapping-editor");
  const [open, setOpen] = useState(false);
  if (source.read.status !== "read") return null;
  const { table } = source.read;
  const missing = requiredRoles.some((role) => source.mapping[role] === undefined);
  const expanded = open || missing;
  const counts = mappedRoles(source.mapping);
  const summary =
    source.mappingOrigin === "remembered"
      ? t("mappingSummaryRemembered", counts)
      : t("mappingSummary", counts);
  const change = (role: ColumnRole, column: number | undefined) => {
    // Opened because the stage was missing: stay open once the user starts choosing.
    setOpen(true);
    source.setRoleColumn(role, column);
  };

  return (
    <section className={view.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.panelHeading}>
        {t("healthMappingHeading")}
      </h3>
      <p className={styles.mappingSummary}>
        <span>{summary}</span>
        {!missing && (
          <>
            <span aria-hidden="true">·</span>
            <Button
              appearance="transparent"
              size="small"
              aria-expanded={expanded}
              aria-controls={editorId}
              onClick={() => setOpen((current) => !current)}
            >
              {expanded ? t("mappingHide") : t("mappingEdit")}
            </Button>
          </>
        )}
      </p>
      {expanded && (
        <MappingEditor
          id={editorId}
          header={table.header}
          firstCol={table.firstCol}
          mapping={source.mapping}
          requiredRoles={requiredRoles}
          onChange={change}
        />
      )}
    </section>
  );
}
