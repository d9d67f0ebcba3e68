/**
 * The task pane's composition root in Excel: once Office is ready, read the display language and theme
 * from Office (for zh-TW/zh-HK/zh-MO, load the Traditional Chinese converter first: its own chunk, fetched
 * only then), pick the Office.js gateway, and render the App into `#container` of taskpane.html.
 * The Office.js gateway (src/excel, with the sheet and report core it renders) is its own chunk: fetched right
 * after the first render, out of the first load (lazyGateway).
 * This is the only task-pane file that touches `Office.*` or the Office.js gateway.
 */
import { createRoot } from "react-dom/client";
import { languageFromLocale } from "../core/kernel";
import { App } from "./App/App";
import { lazyGateway } from "./App/lazyGateway";
import { loadChineseScript } from "./language/chineseScript";
import { themeForOffice } from "./theme";

Office.onReady(async () => {
  const container = document.getElementById("container");
  if (container === null) throw new Error('taskpane.html has no <div id="container">.');
  const displayLanguage = Office.context.displayLanguage;
  const chinese = await loadChineseScript(displayLanguage);
  const { gateway, preload } = lazyGateway(() =>
    import("../excel/officeGateway").then((module) => module.createOfficeGateway()),
  );
  createRoot(container).render(
    <App
      gateway={gateway}
      initialLanguage={languageFromLocale(displayLanguage)}
      theme={themeForOffice(Office.context.officeTheme)}
      chinese={chinese}
    />,
  );
  // Fetched now, while the pane renders, so the first workbook call finds it; a failure is retried at that call.
  preload().catch(() => undefined);
});
