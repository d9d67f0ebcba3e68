/**
 * The build configuration's rules, checked without building: the public address (https only, with a clear
 * message otherwise, written into the manifest's URLs but never into its comments), where Office.js comes
 * from, and which third-party licences may ship.
 */
// webpack.config.js is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  publicUrl(value?: string): string;
  rewriteManifestUrls(xml: string, target: string): string;
};
const { publicUrl, rewriteManifestUrls } = webpackConfig;

/** The build configuration functions the tests call. */
describe("the public URL of a production build", () => {
  it("accepts an https address and ends it with a slash", () => {
    expect(publicUrl("https://cdn.example.com/funnel")).toBe("https://cdn.example.com/funnel/");
  });

  it("refuses an http address, saying Office loads add-ins only over https", () => {
    expect(() => publicUrl("http://cdn.example.com/funnel/")).toThrow(/must be https/);
  });

  it("refuses text that is not a URL, with an example of what to give", () => {
    expect(() => publicUrl("cdn.example.com")).toThrow(/is not a URL.*https:\/\/your\.host/);
  });

  it("rewrites the manifest's URLs but not its comments", () => {
    const xml =
      '<!-- served from https://localhost:3000/ in development -->\n<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>';
    const out = rewriteManifestUrls(xml, "https://cdn.example.com/funnel/");
    expect(out).toContain("<!-- served from https://localhost:3000/ in development -->");
    expect(out).toContain('DefaultValue="https://cdn.example.com/funnel/assets/icon-32.png"');
    expect(out).not.toMatch(/<!--[^>]*cdn\.example\.com/);
  });
});

describe("where the task pane loads Office.js from", () => {
  const { officeJsUrl } = webpackConfig as unknown as {
    officeJsUrl(production: boolean, https: boolean): string;
  };

  it("is Microsoft's CDN inside Excel: a production build and a sideloaded (https) development server", () => {
    expect(officeJsUrl(true, false)).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJsUrl(false, true)).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("is the packaged copy for the offline workbench and browser tests (development over http)", () => {
    expect(officeJsUrl(false, false)).toBe("/office-js/office.js");
  });
});

describe("which third-party licences may ship in the production bundles", () => {
  const { acceptableLicense } = webpackConfig as unknown as {
    acceptableLicense(expression: unknown): boolean;
  };

  it("accepts the permissive licences", () => {
    for (const id of ["MIT", "ISC", "BSD-3-Clause", "Apache-2.0", "0BSD"])
      expect(acceptableLicense(id)).toBe(true);
  });

  it("refuses copyleft, unknown and missing licences, so a new dependency with one fails the build", () => {
    for (const id of ["GPL-3.0", "AGPL-3.0-only", "LGPL-2.1", "UNKNOWN", "", undefined]) {
      expect({ id, ok: acceptableLicense(id) }).toEqual({ id, ok: false });
    }
  });

  it("reads SPDX expressions: OR needs one accepted alternative, AND needs all", () => {
    expect(acceptableLicense("(MIT OR GPL-3.0)")).toBe(true);
    expect(acceptableLicense("(MIT AND GPL-3.0)")).toBe(false);
    expect(acceptableLicense("(BSD-2-Clause AND Apache-2.0)")).toBe(true);
  });
});
