/**
 * The column mapping the pane found, one dropdown per role (stage first, and required): each lists the table's
 * columns by letter and header, and "(none)". Presentational: the caller owns the mapping.
 */
import { Field, Select } from "@fluentui/react-components";
import {
  COLUMN_ROLE_NAMES,
  COLUMN_ROLES,
  REQUIRED_ROLES,
  type ColumnMapping,
  type ColumnRole,
} from "../../core/pipeline";
import { columnLetters } from "../../core/sheet";
import { useLanguage } from "../language/LanguageContext";
import { usePipelineSourceStyles } from "./pipelineSource.styles";
import { useViewStyles } from "./viewStyles";

/** Props of {@link MappingEditor}. */
export interface MappingEditorProps {
  readonly header: readonly string[];
  /** 0-based sheet column of the table's first column, for the column letters. */
  readonly firstCol: number;
  readonly mapping: ColumnMapping;
  readonly onChange: (role: ColumnRole, column: number | undefined) => void;
}

const NONE = "";

/**
 * The mapping editor.
 * @example <MappingEditor header={["阶段", "金额"]} firstCol={0} mapping={{ stage: 0 }} onChange={setRoleColumn} />
 */
export function MappingEditor({ header, firstCol, mapping, onChange }: MappingEditorProps) {
  const styles = usePipelineSourceStyles();
  const view = useViewStyles();
  const { t, text } = useLanguage();
  const columnText = (column: number) =>
    t("healthColumnOption", {
      column: columnLetters(firstCol + column),
      header: String(header[column] ?? ""),
    });

  return (
    <fieldset className={view.panel}>
      <legend className={styles.panelHeading}>{t("healthMappingHeading")}</legend>
      <p className={styles.note}>{t("healthMappingIntro")}</p>
      {COLUMN_ROLES.map((role) => {
        const required = REQUIRED_ROLES.includes(role);
        const missing = required && mapping[role] === undefined;
        return (
          <Field
            key={role}
            label={text(COLUMN_ROLE_NAMES[role])}
            required={required}
            validationState={missing ? "error" : "none"}
            validationMessage={missing ? t("healthStageRequired") : undefined}
          >
            <Select
              value={mapping[role] === undefined ? NONE : String(mapping[role])}
              onChange={(_, data) => onChange(role, data.value === NONE ? undefined : Number(data.value))}
            >
              <option value={NONE}>{t("healthColumnNone")}</option>
              {header.map((_, column) => (
                <option key={column} value={String(column)}>
                  {columnText(column)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </fieldset>
  );
}
