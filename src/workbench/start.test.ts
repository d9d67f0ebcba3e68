// The start script is plain CommonJS (Node runs it without a build); its choices are tested here.
import net from "net";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chooseMode, workbenchUrls, portTakenMessage, nextFreePort, askedPort } = require("./start.cjs") as {
  chooseMode(platform: string, args: string[], env: Record<string, string>): "excel" | "workbench";
  workbenchUrls(port: number): { base: string; zh: string; en: string };
  portTakenMessage(mode: "excel" | "workbench", port: number, free: number | null): string;
  nextFreePort(port: number): Promise<number | null>;
  askedPort(env: Record<string, string>): number;
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

describe("when the port is taken", () => {
  it("finds the next free port, passing over one in use", async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "localhost", resolve));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const free = await nextFreePort(port);
      expect(free).not.toBe(port);
      expect(free).toBeGreaterThan(port);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it("moves the workbench to the free port in one line", () => {
    expect(portTakenMessage("workbench", 3000, 3001)).toBe(
      "FUNNEL: port 3000 is in use (another dev server?); the workbench starts on 3001 instead.",
    );
  });

  it("tells a sideload how to use the free port: the manifest's URLs must name it too", () => {
    const line = portTakenMessage("excel", 3000, 3001);
    expect(line).not.toContain("\n");
    expect(line).toContain("FUNNEL_PORT=3001 npm start");
    expect(line).toContain("localhost:3000 with localhost:3001 in manifest.xml");
  });

  it("takes the port from FUNNEL_PORT, else package.json's config, else 3000", () => {
    expect(askedPort({ FUNNEL_PORT: "4000", npm_package_config_dev_server_port: "3500" })).toBe(4000);
    expect(askedPort({ npm_package_config_dev_server_port: "3500" })).toBe(3500);
    expect(askedPort({})).toBe(3000);
  });
});
