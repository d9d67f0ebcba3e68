/**
 * The workbench page: a workbook (toolbar, formula bar, virtualised grid, sheet tabs) computed by the engine,
 * and the real task pane beside it, talking to the workbook through the engine's WorkbookGateway.
 */
import { Button, FluentProvider, Toolbar, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../core/kernel";
import type { WorkbookGateway } from "../../excel/gateway";
import { App } from "../../taskpane/App/App";
import type { CellPosition } from "../a1";
import type { WorkbookEngine } from "../engine/workbookEngine";
import { FormulaBar } from "../FormulaBar/FormulaBar";
import type { SelectionStore } from "../selection";
import { SheetGrid } from "../SheetGrid/SheetGrid";
import { SheetTabs } from "../SheetTabs/SheetTabs";
import { PANE_WIDTH } from "../pageOptions";
import { workbenchText } from "../workbenchStrings";
import { useWorkbench } from "./useWorkbench";
import { useWorkbenchStyles } from "./Workbench.styles";

/** Props of {@link Workbench}. */
export interface WorkbenchProps {
  readonly engine: WorkbookEngine;
  readonly selection: SelectionStore;
  /** The gateway the task pane talks to (served on `engine` and `selection`). */
  readonly gateway: WorkbookGateway;
  /** The language of the workbench's own texts and the task pane's first language. */
  readonly language: Language;
  /** Whether the task pane may remember a language choice of its own (false when the URL chose one). */
  readonly rememberLanguage: boolean;
  /** The task pane's width in pixels (380 by default; the page's `?pane=` sets it, see pageOptions). */
  readonly paneWidth?: number;
}

/**
 * The whole workbench.
 * @example <Workbench engine={engine} selection={selection} gateway={gateway} language="zh" rememberLanguage />
 */
export function Workbench({
  engine,
  selection,
  gateway,
  language,
  rememberLanguage,
  paneWidth = PANE_WIDTH.default,
}: WorkbenchProps) {
  const styles = useWorkbenchStyles();
  const state = useWorkbench(engine, selection, language);
  const [focusRequest, setFocusRequest] = useState(0);
  const goTo = (position: CellPosition) => {
    state.select(position);
    setFocusRequest((n) => n + 1);
  };
  const text = (key: Parameters<typeof workbenchText>[0]) => workbenchText(key, language);

  return (
    <FluentProvider theme={webLightTheme}>
      <div
        className={styles.root}
        style={{ gridTemplateColumns: `minmax(0, 1fr) ${paneWidth}px` }}
        lang={language === "zh" ? "zh-CN" : "en"}
      >
        <div className={styles.workbook}>
          <header className={styles.header}>
            <div className={styles.titleBlock}>
              <h1 className={styles.title}>{text("title")}</h1>
              <p className={styles.subtitle}>{text("subtitle")}</p>
            </div>
            <Toolbar className={styles.toolbar} aria-label={text("toolbarLabel")}>
              <Button appearance="primary" onClick={state.loadSample}>
                {text("loadSample")}
              </Button>
              <Button appearance="secondary" onClick={state.addSheet}>
                {text("addSheet")}
              </Button>
            </Toolbar>
          </header>
          <FormulaBar
            active={state.selection}
            input={state.activeInput}
            error={state.activeError}
            editor={state.editor}
            language={language}
            onGoTo={goTo}
          />
          <SheetGrid
            engine={engine}
            version={state.version}
            sheet={state.selection.sheet}
            active={state.selection}
            extent={state.selection.extent}
            bounds={state.bounds}
            editor={state.editor}
            language={language}
            onSelect={state.select}
            onExtend={state.extend}
            onFollowLink={(link) => {
              state.followLink(link);
              setFocusRequest((n) => n + 1);
            }}
            focusRequest={focusRequest}
          />
          <SheetTabs
            sheets={state.sheets}
            active={state.selection.sheet}
            language={language}
            onSelect={state.showSheet}
            onAdd={state.addSheet}
          />
        </div>
        <aside className={styles.pane} aria-label={text("taskPaneLabel")}>
          <App
            gateway={gateway}
            initialLanguage={language}
            languageStorage={rememberLanguage ? undefined : null}
          />
        </aside>
      </div>
    </FluentProvider>
  );
}
