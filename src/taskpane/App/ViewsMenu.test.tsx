/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { FluentProvider, Overflow, webLightTheme } from "@fluentui/react-components";
import { LanguageProvider } from "../language/LanguageContext";
import { VIEWS } from "./views";
import ViewsMenu from "./ViewsMenu";

/** The menu as ViewTabs renders it once its code has arrived, in place of the button that stood in. */
function renderMenu(standIn: { openAtFirst: boolean; focusAtFirst?: boolean }) {
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initialLanguage="en" storage={null}>
        <Overflow>
          <div>
            <ViewsMenu views={VIEWS} onSelect={() => undefined} {...standIn} />
          </div>
        </Overflow>
      </LanguageProvider>
    </FluentProvider>,
  );
}

describe("ViewsMenu replacing the button that stood in while it loaded", () => {
  it("takes the focus the button standing in had, so a keyboard user stays on More", () => {
    renderMenu({ openAtFirst: false, focusAtFirst: true });
    expect(screen.getByRole("button", { name: "More views" })).toHaveFocus();
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("leaves the focus where it is when the button standing in did not have it", () => {
    renderMenu({ openAtFirst: false });
    expect(screen.getByRole("button", { name: "More views" })).not.toHaveFocus();
  });

  it("opens at once when the button standing in was clicked", async () => {
    renderMenu({ openAtFirst: true, focusAtFirst: true });
    expect(await screen.findByRole("menu")).toBeInTheDocument();
  });
});
