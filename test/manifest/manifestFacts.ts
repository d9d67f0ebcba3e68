/**
 * Reads the facts the offline manifest checks need from manifest.xml text, with an XML parser (elements
 * and attributes by name, whatever their order or spacing): resource ids defined and referenced, URLs,
 * app domains, overrides. Shared by the source-manifest test and the built-manifest test.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** A parsed element: attributes under "@_name", child elements by tag name, text under "#text". */
type XmlNode = { readonly [key: string]: unknown };

export interface ManifestFacts {
  /** Every `resid` attribute value in the document. */
  readonly referencedIds: string[];
  /** Every `id` defined under Resources (images, URLs, short and long strings). */
  readonly definedIds: Map<string, { value: string; overrides: Map<string, string> }>;
  /** Every URL the add-in is loaded from: DefaultValue/Value attributes that hold one (not xmlns). */
  readonly urls: string[];
  /** The text of every AppDomain element. */
  readonly appDomains: string[];
  /** Every xsi:type attribute value (extension points, actions, hosts). */
  readonly types: string[];
  /** The root element, parsed. */
  readonly root: XmlNode;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  alwaysCreateTextNode: true,
  parseAttributeValue: false,
  parseTagValue: false,
});

/** The child elements named `tag` of a node (none when absent). */
export function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  const value = node?.[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** An attribute of a node, or undefined. */
export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

/** Every node of the tree, depth first, each with its tag name. */
function* walk(node: XmlNode, tag: string): Generator<{ tag: string; node: XmlNode }> {
  yield { tag, node };
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") || key === "#text" || !Array.isArray(value)) continue;
    for (const child of value)
      if (child !== null && typeof child === "object") yield* walk(child as XmlNode, key);
  }
}

/** The text of an element (its "#text"), trimmed. */
function textOf(node: XmlNode): string {
  const text = node["#text"];
  return (Array.isArray(text) ? text.join("") : typeof text === "string" ? text : "").trim();
}

/** Throws with the parser's message when the XML is not well formed. */
export function readManifest(xml: string): ManifestFacts {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest.xml is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const root = children(parser.parse(xml) as XmlNode, "OfficeApp")[0];
  if (root === undefined) throw new Error("manifest.xml has no OfficeApp element.");
  const referencedIds: string[] = [];
  const urls: string[] = [];
  const appDomains: string[] = [];
  const types: string[] = [];
  for (const { tag, node } of walk(root, "OfficeApp")) {
    const resid = attribute(node, "resid");
    if (resid !== undefined) referencedIds.push(resid);
    for (const name of ["DefaultValue", "Value"]) {
      const value = attribute(node, name);
      if (value !== undefined && /^https?:\/\//.test(value)) urls.push(value);
    }
    if (tag === "AppDomain") appDomains.push(textOf(node));
    const type = attribute(node, "type");
    if (type !== undefined) types.push(type);
  }
  const definedIds = new Map<string, { value: string; overrides: Map<string, string> }>();
  const resources = children(children(root, "VersionOverrides")[0], "Resources")[0];
  for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const list of children(resources, group)) {
      for (const element of [
        ...children(list, "Image"),
        ...children(list, "Url"),
        ...children(list, "String"),
      ]) {
        const overrides = new Map<string, string>();
        for (const o of children(element, "Override")) {
          overrides.set(attribute(o, "Locale") ?? "", attribute(o, "Value") ?? "");
        }
        definedIds.set(attribute(element, "id") ?? "", {
          value: attribute(element, "DefaultValue") ?? "",
          overrides,
        });
      }
    }
  }
  return { referencedIds, definedIds, urls, appDomains, types, root };
}

/** The origins (scheme://host:port) of a list of URLs, without duplicates. */
export function originsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((u) => new URL(u).origin))];
}

/** The value and zh-CN override of a top-level element such as DisplayName. */
export function topLevelOverride(
  facts: ManifestFacts,
  element: string,
): { value: string; zh: string | undefined } {
  const node = children(facts.root, element)[0];
  const zh = children(node, "Override").find((o) => attribute(o, "Locale") === "zh-CN");
  return {
    value: attribute(node, "DefaultValue") ?? "",
    zh: zh === undefined ? undefined : attribute(zh, "Value"),
  };
}

/** Every Override of a top-level element (DisplayName, Description, SupportUrl …), by locale. */
export function topLevelOverrides(facts: ManifestFacts, element: string): Map<string, string> {
  const node = children(facts.root, element)[0];
  return new Map(
    children(node, "Override").map((o) => [attribute(o, "Locale") ?? "", attribute(o, "Value") ?? ""]),
  );
}
