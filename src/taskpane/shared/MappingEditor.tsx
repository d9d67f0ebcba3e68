/**
 * The column mapping the pane found, one dropdown per role (stage first, and required): each lists the table's
 * columns by letter and header, and "(none)". Presentational: the caller owns the mapping and frames it (see
 * ColumnMappingStep, which keeps it folded behind a one-line summary).
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

/** Props of {@link MappingEditor}. */
export interface MappingEditorProps {
  readonly header: readonly string[];
  /** 0-based sheet column of the table's first column, for the column letters. */
  readonly firstCol: number;
  readonly mapping: ColumnMapping;
  readonly onChange: (role: ColumnRole, column: number | undefined) => void;
  /** The roles that must have a column (the stage by default): each is marked required, and asked for while unset. */
  readonly requiredRoles?: readonly ColumnRole[];
  /** The editor's element id (for the control that shows and hides it). */
  readonly id?: string;
}

const NONE = "";

/**
 * The mapping editor.
 * @example <MappingEditor header={["阶段", "金额"]} firstCol={0} mapping={{ stage: 0 }} onChange={setRoleColumn} />
 */
export function MappingEditor({
  header,
  firstCol,
  mapping,
  onChange,
  requiredRoles = REQUIRED_ROLES,
  id,
}: MappingEditorProps) {
  const styles = usePipelineSourceStyles();
  const { t, text } = useLanguage();
  const columnText = (column: number) =>
    t("healthColumnOption", {
      column: columnLetters(firstCol + column),
      header: String(header[column] ?? ""),
    });

  return (
    <fieldset id={id} className={styles.mappingFields}>
      <legend className={styles.note}>{t("healthMappingIntro")}</legend>
      {COLUMN_ROLES.map((role) => {
        const required = requiredRoles.includes(role);
        const missing = required && mapping[role] === undefined;
        const ask =
          role === "stage"
            ? t("healthStageRequired")
            : t("mappingRoleRequired", { role: text(COLUMN_ROLE_NAMES[role]) });
        return (
          <Field
            key={role}
            label={text(COLUMN_ROLE_NAMES[role])}
            required={required}
            validationState={missing ? "error" : "none"}
            validationMessage={missing ? ask : undefined}
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
