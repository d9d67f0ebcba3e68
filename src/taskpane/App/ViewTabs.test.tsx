/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LanguageProvider } from "../language/LanguageContext";
import { VIEWS } from "./views";
import { ViewTabs } from "./ViewTabs";

// jsdom lays nothing out, so no tab ever overflows on its own: the row is told that some do.
jest.mock("@fluentui/react-components", () => ({
  ...jest.requireActual<object>("@fluentui/react-components"),
  useOverflowMenu: () => ({ ref: () => undefined, isOverflowing: true, overflowCount: 1 }),
}));

function renderTabs() {
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initialLanguage="en" storage={null}>
        <ViewTabs
          views={VIEWS}
          selectedId={VIEWS[0].id}
          onSelect={() => undefined}
          tabId={(id) => `tab-${id}`}
          panelId="panel"
        />
      </LanguageProvider>
    </FluentProvider>,
  );
}

/**
 * Lets the menu's module arrive (a dynamic import resolves in a few microtasks here) and React show it; 600 ms, longer
 * than the 500 ms React held a Suspense fallback when this menu loaded through one.
 */
async function menuCodeArrives(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 600));
  });
}

const more = () => screen.getByRole("button", { name: "More views" });

describe("the More button of the view tabs while the menu's code loads", () => {
  it("opens the menu when clicked before the code arrives", async () => {
    renderTabs();
    fireEvent.click(more());
    expect(await screen.findByRole("menu")).toBeInTheDocument();
  });

  it("opens the menu when the code arrives between the press and the release of a click", async () => {
    renderTabs();
    const standIn = more();
    fireEvent.pointerDown(standIn);
    await menuCodeArrives();
    act(() => standIn.focus()); // as the browser does on the press's mousedown
    // Still the same button under the pointer: the release and the click land on it.
    expect(more()).toBe(standIn);
    fireEvent.pointerUp(standIn);
    fireEvent.click(standIn);
    expect(await screen.findByRole("menu")).toBeInTheDocument();
  });

  it("gives way to the menu's own button once a press ends without a click", async () => {
    renderTabs();
    const standIn = more();
    fireEvent.pointerDown(standIn);
    await menuCodeArrives();
    fireEvent.pointerUp(document.body);
    await menuCodeArrives();
    expect(more()).not.toBe(standIn);
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("passes a keyboard user's focus to the menu's own button", async () => {
    renderTabs();
    const standIn = more();
    act(() => standIn.focus());
    await menuCodeArrives();
    expect(more()).not.toBe(standIn);
    expect(more()).toHaveFocus();
  });
});
