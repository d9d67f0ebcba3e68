// The start script is plain CommonJS (Node runs it without a build); its choices are tested here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chooseMode, workbenchUrls } = require("./start.cjs") as {
  chooseMode(platform: string, args: string[], env: Record<string, string>): "excel" | "workbench";
  workbenchUrls(port: number): { base: string; zh: string; en: string };
};

describe("chooseMode", () => {
  it("runs the workbench on Linux, where no Excel runs", () => {
    expect(chooseMode("linux", [], {})).toBe("workbench");
  });

  it("sideloads into Excel on Windows and macOS", () => {
    expect(chooseMode("win32", [], {})).toBe("excel");
    expect(chooseMode("darwin", [], {})).toBe("excel");
  });

  it("runs the workbench anywhere when asked", () => {
    expect(chooseMode("win32", ["--workbench"], {})).toBe("workbench");
    expect(chooseMode("darwin", [], { FUNNEL_WORKBENCH: "1" })).toBe("workbench");
  });
});

describe("workbenchUrls", () => {
  it("gives the workbench address on localhost, with each language", () => {
    expect(workbenchUrls(3000)).toEqual({
      base: "http://localhost:3000/workbench.html",
      zh: "http://localhost:3000/workbench.html?lang=zh",
      en: "http://localhost:3000/workbench.html?lang=en",
    });
  });
});
