/**
 * The Plan view's tables: the reverse funnel (per open stage: deals needed now, deals there now, the gap and the
 * amount needed; a stage whose deals cannot close inside the period marked *), and the owners' rows (quota, new
 * deals to create, whose rates — own or the team's — and the owner's closed deals). Each a `table` named by its
 * heading; short heads, names kept whole, numbers on one line, so five columns read at 320 px.
 */
import {
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useId,
} from "@fluentui/react-components";
import type { SalesPlan } from "../../core/planning";
import type { StageScheme } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import { useViewStyles } from "../shared/viewStyles";
import { usePlanStyles } from "./Plan.styles";
import { ownerRows, stageRows } from "./planDisplay";

/** Props of {@link PlanTables}. */
export interface PlanTablesProps {
  readonly plan: SalesPlan;
  readonly scheme: StageScheme;
}

/**
 * The reverse funnel, and the owners' table when the plan has owners.
 * @example <PlanTables plan={plan} scheme={health.scheme} />
 */
export function PlanTables({ plan, scheme }: PlanTablesProps) {
  return (
    <>
      <ReverseFunnel plan={plan} scheme={scheme} />
      {plan.owners !== undefined && plan.owners.length > 0 && <OwnerTable plan={plan} />}
    </>
  );
}

function ReverseFunnel({ plan, scheme }: PlanTablesProps) {
  const view = useViewStyles();
  const styles = usePlanStyles();
  const { language, t, inScript } = useLanguage();
  const headingId = useId("plan-stages");
  const rows = stageRows(plan.stages, scheme, language);
  const numberHeader = mergeClasses(styles.headerCell, styles.number);
  const numberCell = mergeClasses(styles.cell, styles.number);
  return (
    <section className={view.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.panelHeading}>
        {t("planReverseHeading")}
      </h3>
      <div className={styles.tableWrap}>
        <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.headerCell}>{t("planColStage")}</TableHeaderCell>
              <TableHeaderCell className={numberHeader}>{t("planColNeeded")}</TableHeaderCell>
              <TableHeaderCell className={numberHeader}>{t("planColHave")}</TableHeaderCell>
              <TableHeaderCell className={numberHeader}>{t("planColGap")}</TableHeaderCell>
              <TableHeaderCell className={numberHeader}>{t("planColNeededAmount")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.stage}>
                <TableCell className={mergeClasses(styles.cell, styles.nameCell)}>
                  {inScript(row.stage)}
                  {row.inTime ? "" : " *"}
                </TableCell>
                <TableCell className={numberCell}>{inScript(row.needed)}</TableCell>
                <TableCell className={numberCell}>{row.have}</TableCell>
                <TableCell className={numberCell}>{inScript(row.gap)}</TableCell>
                <TableCell className={numberCell}>{inScript(row.neededAmount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {rows.some((row) => !row.inTime) && <p className={styles.note}>{t("planNotInTime")}</p>}
    </section>
  );
}

function OwnerTable({ plan }: { plan: SalesPlan }) {
  const view = useViewStyles();
  const styles = usePlanStyles();
  const { language, t, inScript } = useLanguage();
  const headingId = useId("plan-owners");
  const numberHeader = mergeClasses(styles.headerCell, styles.number);
  const numberCell = mergeClasses(styles.cell, styles.number);
  return (
    <section className={view.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.panelHeading}>
        {t("planOwnersHeading")}
      </h3>
      <div className={styles.tableWrap}>
        <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.headerCell}>{t("planColOwner")}</TableHeaderCell>
              <TableHeaderCell className={numberHeader}>{t("planColQuota")}</TableHeaderCell>
              <TableHeaderCell className={numberHeader}>{t("planColNewDeals")}</TableHeaderCell>
              <TableHeaderCell className={styles.headerCell}>{t("planColRates")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ownerRows(plan, language).map((row) => (
              <TableRow key={row.owner}>
                <TableCell className={mergeClasses(styles.cell, styles.nameCell)}>{row.owner}</TableCell>
                <TableCell className={numberCell}>{row.quota}</TableCell>
                <TableCell className={numberCell}>{row.newDeals}</TableCell>
                <TableCell className={styles.cell}>{inScript(row.rates)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <p className={styles.note}>{t("planRatesNote", { min: 5 })}</p>
    </section>
  );
}
