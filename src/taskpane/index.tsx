/**
 * The task pane's composition root in Excel: once Office is ready, read the display language and theme
 * from Office (for zh-TW/zh-HK/zh-MO, load the Traditional Chinese converter first: its own chunk, fetched
 * only then), pick the Office.js gateway, and render the App into `#container` of taskpane.html.
 * This is the only task-pane file that touches `Office.*` or the Office.js gateway.
 */
import { createRoot } from "react-dom/client";
import { languageFromLocale } from "../core/kernel";

import { createOfficeGateway } from "../excel/officeGateway";
import { App } from "./App/App";
import { loadChineseScript } from "./language/chineseScript";
import { themeForOffice } from "./theme";

Office.onReady(async () => {
  const container = document.getElementById("container");
  if (container === null) throw new Error('taskpane.html has no <div id="container">.');
  const displayLanguage = Office.context.displayLanguage;
  const chinese = await loadChineseScript(displayLanguage);
  createRoot(container).render(
    <App
      gateway={createOfficeGateway()}
      initialLanguage={languageFromLocale(displayLanguage)}
      theme={themeForOffice(Office.context.officeTheme)}
      chinese={chinese}
    />,
  );
});
