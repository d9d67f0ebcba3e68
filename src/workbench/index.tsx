/**
 * The workbench's composition root: load the add-in's BUILT custom functions as Excel does, register them in
 * the engine, build the workbook, the selection and the engine's gateway, and render the workbench. Development
 * only (webpack builds it in development mode; HyperFormula is GPL-3.0 and never shipped).
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { errorDetail } from "../core/kernel";
import { registerCustomFunctions } from "./engine/customFunctionsPlugin";
import { loadCustomFunctions } from "./engine/loadCustomFunctions";
import { WorkbookEngine } from "./engine/workbookEngine";
import { createEngineGateway } from "./engineGateway";
import { displayLanguageTag, pageLanguage, paneWidth } from "./pageOptions";
import { createSelectionStore } from "./selection";
import { Workbench } from "./Workbench/Workbench";
import { workbenchText } from "./workbenchStrings";

/** The namespace of the add-in's functions (manifest.xml: Functions.Namespace). */
const NAMESPACE = "FUNNEL";

const container = document.getElementById("workbench");
if (container === null) throw new Error('workbench.html has no <div id="workbench">.');
const root = createRoot(container);
const { language, fromAddress } = pageLanguage(window.location.search, navigator.language);
document.documentElement.lang = language === "zh" ? "zh-CN" : "en";

root.render(
  <FluentProvider theme={webLightTheme}>
    <Spinner style={{ marginTop: "20vh" }} label={workbenchText("loading", language)} />
  </FluentProvider>,
);

loadCustomFunctions({ target: window, displayLanguage: displayLanguageTag(language) })
  .then(({ functions, associations }) => {
    registerCustomFunctions({ namespace: NAMESPACE, functions, associations });
    const engine = WorkbookEngine.create(["Sheet1"]);
    const selection = createSelectionStore({ sheet: "Sheet1", row: 0, col: 0 });
    const gateway = createEngineGateway(engine, selection);
    root.render(
      <Workbench
        engine={engine}
        selection={selection}
        gateway={gateway}
        language={language}
        rememberLanguage={!fromAddress}
        paneWidth={paneWidth(window.location.search)}
      />,
    );
  })
  .catch((error: unknown) => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" style={{ margin: 24 }}>
          <MessageBarBody>
            <MessageBarTitle>{workbenchText("loadFailed", language)}</MessageBarTitle>
            {errorDetail(error)}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  });
