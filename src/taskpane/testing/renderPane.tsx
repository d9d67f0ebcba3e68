/**
 * Renders task-pane components inside the providers App gives them (Fluent theme, gateway, language), for
 * tests of a single component.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Language } from "../../core/kernel";
import type { WorkbookGateway } from "../../excel/gateway";
import { GatewayProvider } from "../gateway/GatewayContext";
import { LanguageProvider } from "../language/LanguageContext";
import { createFakeGateway } from "./fakeGateway";

/** What a component test may choose. */
export interface RenderPaneOptions {
  readonly language?: Language;
  readonly gateway?: WorkbookGateway;
}

/**
 * Renders `ui` with a light theme, the given (or a fresh fake) gateway and a language.
 * @example renderPane(<StageGuide />, { language: "en" })
 */
export function renderPane(ui: ReactElement, options: RenderPaneOptions = {}): RenderResult {
  const gateway = options.gateway ?? createFakeGateway();
  return render(
    <FluentProvider theme={webLightTheme}>
      <GatewayProvider gateway={gateway}>
        <LanguageProvider initialLanguage={options.language ?? "zh"}>{ui}</LanguageProvider>
      </GatewayProvider>
    </FluentProvider>,
  );
}
